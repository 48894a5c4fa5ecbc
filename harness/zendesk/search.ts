import { TICKET_STATUSES, TICKET_TYPES, type Ticket, type TicketStatus, type TicketType } from './model';

/**
 * The part of Zendesk's search syntax the app uses: `type:ticket tags:X status<solved`.
 * Terms are ANDed. `status` takes `:`, `<`, `<=`, `>`, `>=` over Zendesk's status order
 * (new < open < pending < hold < solved < closed). A bare word matches the subject or a comment.
 * A property the fake does not know matches nothing, as an unknown value would in Zendesk.
 * `created` compares with a date (`created>=2026-11-01`: the day, in UTC here) or a time, and
 * `ticket_type` takes a ticket's type; a leading minus excludes what the term matches
 * (support.zendesk.com/hc/en-us/articles/4408886879258, "Zendesk Support search reference").
 */

type Op = ':' | '<' | '<=' | '>' | '>=';

type Term =
  | { kind: 'not'; term: Term }
  | { kind: 'created'; op: Op; value: string }
  | { kind: 'ticketType'; value: TicketType }

  | { kind: 'type'; value: string }
  | { kind: 'tags'; value: string }
  | { kind: 'status'; op: ':' | '<' | '<=' | '>' | '>='; value: TicketStatus }
  | { kind: 'id'; property: 'group' | 'organization' | 'requester' | 'assignee'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'unknown'; raw: string };

const isStatus = (s: string): s is TicketStatus => (TICKET_STATUSES as readonly string[]).includes(s);
const isType = (s: string): s is TicketType => (TICKET_TYPES as readonly string[]).includes(s);

export function parseQuery(query: string): Term[] {
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(parseTerm);
}

function parseTerm(raw: string): Term {
  if (/^-[a-z_]+(<=|>=|:|<|>)/i.test(raw)) return { kind: 'not', term: parseTerm(raw.slice(1)) };
  const m = /^([a-z_]+)(<=|>=|:|<|>)(.+)$/i.exec(raw);
  if (!m) return { kind: 'text', value: raw.replace(/^"|"$/g, '').toLowerCase() };
  const [, property = '', op = '', value = ''] = m;
  const prop = property.toLowerCase();
  if (prop === 'type' && op === ':') return { kind: 'type', value: value.toLowerCase() };
  if ((prop === 'tags' || prop === 'tag') && op === ':') return { kind: 'tags', value: value.toLowerCase() };
  if (prop === 'status' && isStatus(value.toLowerCase())) {
    return { kind: 'status', op: op as Op, value: value.toLowerCase() as TicketStatus };
  }
  if (prop === 'created' && !Number.isNaN(Date.parse(value))) return { kind: 'created', op: op as Op, value };
  if (prop === 'ticket_type' && op === ':' && isType(value.toLowerCase())) return { kind: 'ticketType', value: value.toLowerCase() as TicketType };
  const idProp = prop.replace(/_id$/, '');
  if ((idProp === 'group' || idProp === 'organization' || idProp === 'requester' || idProp === 'assignee') && op === ':' && /^\d+$/.test(value)) {
    return { kind: 'id', property: idProp, value: Number(value) };
  }
  return { kind: 'unknown', raw };
}

const rank = (s: TicketStatus): number => TICKET_STATUSES.indexOf(s);

function compare(a: number | string, op: Op, b: number | string): boolean {
  return op === ':' ? a === b : op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}

/** A date alone compares by day; a time by the instant. */
function createdMatches(created: string, op: Op, value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return compare(created.slice(0, 10), op, value);
  return compare(Date.parse(created), op, Date.parse(value));
}

function matches(ticket: Ticket, term: Term): boolean {
  switch (term.kind) {
    case 'not':
      return !matches(ticket, term.term);
    case 'created':
      return createdMatches(new Date(ticket.created_at).toISOString(), term.op, term.value);
    case 'ticketType':
      return ticket.type === term.value;
    case 'type':
      return term.value === 'ticket';
    case 'tags':
      return ticket.tags.includes(term.value);
    case 'status':
      return compare(rank(ticket.status), term.op, rank(term.value));
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
