import { PHRASES } from '../../src/trees/phrases';
import { TREES } from '../../src/trees/index';
import { classify } from '../../src/triage/classify';
import { answer, back, restart, start, view, walk } from '../../src/triage/engine';
import { restore, serialize } from '../../src/triage/savedWalk';
import { planWrite } from '../../src/triage/planWrite';
import { confirm, confirmedQuote, propose, proposalFor } from '../../src/triage/proposals';
import { readNote } from '../../src/triage/readNote';
import { DEFAULT_SETTINGS } from '../../src/triage/settings';
import type { TicketSnapshot } from '../../src/triage/snapshot';
import { suggestProcedure } from '../../src/triage/suggestProcedure';
import { sentencesOf } from '../../src/triage/sentences';
import { NO_TICKET_TEXT, type TicketText } from '../../src/triage/ticketText';
import type { TreeId } from '../../src/triage/tree';
import { TICKET_CASES, type TicketCase } from './ticketCases';

/** A Clever SSO school: step 1 answers itself, so the walk starts at step 2a. */
const sso = classify(
  { name: 'Lincoln High', tags: [], organizationFields: { parent_account: 'Springfield USD', parent_account_id: '0013', lms: 'Clever SSO District AY 2026-2027' } },
  DEFAULT_SETTINGS,
  new Date('2026-12-01T00:00:00Z'),
);

const ALL_PHRASES = Object.values(PHRASES).flat();

function textOf(ticket: TicketCase['ticket']): TicketText {
  return { subject: ticket.subject ?? '', description: ticket.description ?? '', fields: (ticket.custom_fields ?? []).map((f) => ({ ...f })) };
}

function snapshotOf(ticket: TicketCase['ticket']): TicketSnapshot {
  return { ticketId: 1, status: 'open', tags: ticket.tags ?? [], requester: null, organization: null, currentUser: null, assignee: { userId: null, groupId: null }, text: textOf(ticket) };
}

/** The answers that bring a walk of the SSO school to each proposed question. */
const REACH: Record<string, { tree: TreeId; answers: Record<string, string> }> = {
  'access.2a': { tree: 'access', answers: {} },
  'access.2b': { tree: 'access', answers: { 'access.2a': 'no' } },
  'transfers.1': { tree: 'transfers', answers: {} },
  'transfers.2': { tree: 'transfers', answers: { 'transfers.1': 'no' } },
  'sync.status': { tree: 'sync', answers: {} },
};

describe.each(TICKET_CASES.map((c) => [c.name, c] as const))('the ticket: %s', (_name, c) => {
  const text = textOf(c.ticket);
  const proposals = propose(text, ALL_PHRASES);

  it(`suggests the ${c.procedure} procedure, quoting the words that decided it`, () => {
    const suggestion = suggestProcedure(snapshotOf(c.ticket), sso, DEFAULT_SETTINGS);
    expect(suggestion.suggested).toBe(c.procedure);
    if (suggestion.why.code === 'ticketText') {
      const words = suggestion.why.vars?.words ?? '';
      expect([text.subject, text.description, ...text.fields.map((f) => f.value)].some((t) => t.includes(words))).toBe(true);
    }
  });

  it(c.proposals.length === 0 ? 'proposes nothing' : `proposes ${c.proposals.map((p) => `${p.node} = ${p.answer}`).join(', ')}, quoting the sentence`, () => {
    expect(proposals.map(({ node, answer: a }) => ({ node, answer: a }))).toEqual(c.proposals);
    for (const p of proposals) {
      expect([text.subject, text.description, ...text.fields.map((f) => f.value)].some((t) => t.includes(p.quote))).toBe(true);
    }
  });

  it('through the engine: each question the walk reaches shows its proposal, if any; confirming it answers as the agent, from the text', () => {
    for (const [node, reach] of Object.entries(REACH)) {
      const tree = TREES[reach.tree];
      const before = walk(tree, sso, reach.answers, { refId: 'r' });
      expect(view(tree, before).pending?.id).toBe(node);
      const proposal = proposalFor(view(tree, before), proposals);
      expect(proposal && { node: proposal.node, answer: proposal.answer }).toEqual(c.proposals.find((p) => p.node === node) ?? null);
      if (!proposal) continue;
      const after = confirm(tree, before, proposal);
      const step = view(tree, after).path.find((s) => s.node === node);
      expect(step).toMatchObject({ answer: proposal.answer, source: 'agent' });
      expect(step && confirmedQuote(after, step)).toBe(proposal.quote);
    }
  });
});

describe('a confirmed proposal in the walk and the note', () => {
  const tree = TREES.access;
  const quote = 'When my students click the VHL icon in Clever they get "! VHL does not recognize your school."';
  const proposals = propose({ ...NO_TICKET_TEXT, description: `Hello. ${quote} Thanks` }, ALL_PHRASES);
  const at2b = answer(tree, start(tree, sso, { refId: 'r' }), 'access.2a', 'no');
  const confirmed = confirm(tree, at2b, proposalFor(view(tree, at2b), proposals)!);

  it('the note marks the answer as confirmed from the ticket’s text and quotes the sentence; Tier 2 reads the step back', () => {
    const plan = planWrite(tree, confirmed, DEFAULT_SETTINGS, { collected: {}, remark: '' });
    expect(plan.note).toContain(`- access.2b = yes [agent, confirmed from the ticket's text]: `);
    expect(plan.note).toContain(`  | “${quote}”`);
    const read = readNote(plan.note);
    expect(read.ok && read.note.path.find((s) => s.node === 'access.2b')).toMatchObject({ answer: 'yes', source: 'agent' });
  });

  it('answering the question by hand afterwards makes the answer the agent’s own again', () => {
    const byHand = answer(tree, confirmed, 'access.2b', 'yes');
    const step = view(tree, byHand).path.find((s) => s.node === 'access.2b')!;
    expect(confirmedQuote(byHand, step)).toBeNull();
    expect(planWrite(tree, byHand, DEFAULT_SETTINGS, { collected: {}, remark: '' }).note).not.toContain('confirmed from the ticket');
  });

  it('going back or starting over forgets the confirmation', () => {
    expect(back(tree, confirmed).fromText).toEqual({});
    expect(restart(tree, confirmed).fromText).toBeUndefined();
  });

  it('a saved walk keeps the confirmation; one saved before proposals existed still restores', () => {
    expect(restore(tree, serialize(confirmed))).toEqual({ ok: true, state: confirmed });
    const { fromText: _none, ...older } = confirmed;
    expect(restore(tree, serialize(older))).toEqual({ ok: true, state: older });
  });

  it('a proposal for another question is not shown at this one', () => {
    const start2a = start(tree, sso, { refId: 'r' });
    expect(proposalFor(view(tree, start2a), proposals)).toBeNull();
  });
});

describe('reading sentences', () => {
  it('keeps the 2b message, which opens with “!” and ends with “.”, in the sentence that goes on around it', () => {
    expect(sentencesOf('I do not see the "! VHL does not recognize your school." message. Help! They said "try again." Then it failed.')).toEqual([
      'I do not see the "! VHL does not recognize your school." message.',
      'Help!',
      'They said "try again."',
      'Then it failed.',
    ]);
  });

  it('cuts a sentence with no end into bounded pieces, each a substring of the text', () => {
    const text = 'word '.repeat(2000);
    const pieces = sentencesOf(text);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) {
      expect(text.includes(piece)).toBe(true);
      expect(piece.length).toBeLessThanOrEqual(600);
    }
  });

  it('reads no further than 64 KB of a text', () => {
    const text = `${'x'.repeat(70_000)}. VHL does not recognize your school.`;
    expect(propose({ ...NO_TICKET_TEXT, description: text }, ALL_PHRASES)).toEqual([]);
  });
});
