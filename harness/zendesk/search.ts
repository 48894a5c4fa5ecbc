import { TICKET_STATUSES, type Ticket, type TicketStatus } from './model';

/**
 * The part of Zendesk's search syntax the app uses: `type:ticket tags:X status<solved`.
 * Terms are ANDed. `status` takes `:`, `<`, `<=`, `>`, `>=` over Zendesk's status order
 * (new < open < pending < hold < solved < closed). A bare word matches the subject or a comment.
 * A property the fake does not know matches nothing, as an unknown value would in Zendesk.
 */

type Term =
  | { kind: 'type'; value: string }
  | { kind: 'tags'; value: string }
  | { kind: 'status'; op: ':' | '<' | '<=' | '>' | '>='; value: TicketStatus }
  | { kind: 'id'; property: 'group' | 'organization' | 'requester' | 'assignee'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'unknown'; raw: string };

const isStatus = (s: string): s is TicketStatus => (TICKET_STATUSES as readonly string[]).includes(s);

export function parseQuery(query: string): Term[] {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((raw): Term => {
      const m = /^([a-z_]+)(<=|>=|:|<|>)(.+)$/i.exec(raw);
      if (!m) return { kind: 'text', value: raw.replace(/^"|"$/g, '').toLowerCase() };
      const [, property = '', op = '', value = ''] = m;
      const prop = property.toLowerCase();
      if (prop === 'type' && op === ':') return { kind: 'type', value: value.toLowerCase() };
      if ((prop === 'tags' || prop === 'tag') && op === ':') return { kind: 'tags', value: value.toLowerCase() };
      if (prop === 'status' && isStatus(value.toLowerCase())) {
        return { kind: 'status', op: op as ':' | '<' | '<=' | '>' | '>=', value: value.toLowerCase() as TicketStatus };
      }
      const idProp = prop.replace(/_id$/, '');
      if ((idProp === 'group' || idProp === 'organization' || idProp === 'requester' || idProp === 'assignee') && op === ':' && /^\d+$/.test(value)) {
        return { kind: 'id', property: idProp, value: Number(value) };
      }
      return { kind: 'unknown', raw };
    });
}

const rank = (s: TicketStatus): number => TICKET_STATUSES.indexOf(s);

function matches(ticket: Ticket, term: Term): boolean {
  switch (term.kind) {
    case 'type':
      return term.value === 'ticket';
    case 'tags':
      return ticket.tags.includes(term.value);
    case 'status': {
      const a = rank(ticket.status);
      const b = rank(term.value);
      return term.op === ':' ? a === b : term.op === '<' ? a < b : term.op === '<=' ? a <= b : term.op === '>' ? a > b : a >= b;
    }
    case 'id':
      return ticket[`${term.property}_id`] === term.value;
    case 'text':
      return ticket.subject.toLowerCase().includes(term.value) || ticket.comments.some((c) => c.body.toLowerCase().includes(term.value));
    case 'unknown':
      return false;
  }
}

export type SortBy = 'created_at' | 'updated_at' | 'id';

export function searchTickets(tickets: readonly Ticket[], query: string, sortBy: SortBy = 'id', order: 'asc' | 'desc' = 'asc'): Ticket[] {
  const terms = parseQuery(query);
  const found = tickets.filter((t) => terms.every((term) => matches(t, term)));
  const key = (t: Ticket): number => (sortBy === 'id' ? t.id : Date.parse(t[sortBy]));
  found.sort((a, b) => (order === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  return found;
}
