import { TICKETS, USERS } from '../harness/fixtures';
import { plainBody } from '../harness/zendesk/text';
import { parseReference, REFERENCE_PREFIX } from '../src/triage/noteFormat';
import { eventually } from './eventually';
import type { Session } from './session';
import { addedComments, hostTicket, t, walkingSessionPerFile, type Step, type Walker } from './walker';

/**
 * Writing back, in a real Chromium through the stand-in: a finished walk puts one
 * private internal note and the tags on the ticket, and still exactly one when Zendesk
 * answers with a real conflict, a rate limit, or drops the connection after it saved.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

const TICKET = TICKETS.ssoDistrict;
/** The fixture ticket's own tags, which every write must keep. */
const FIXTURE_TAGS = ['clever', 'login'];

/**
 * An SSO district, access procedure: not the Clever part of the login (2a), not "VHL does not
 * recognize your school" (2b), an account exists (3), but its username is not a Clever id (4)
 * → a non-Clever account: log in through Clever. Step 1 is answered by the app.
 */
const NON_CLEVER_ACCOUNT: readonly Step[] = [
  ['access.2a', 'no'],
  ['access.2b', 'no'],
  ['access.3', 'yes'],
  ['access.4', 'no'],
];

interface Prepared {
  note: string;
  tags: string[];
  reference: string;
  /** `clever-triage/<refId>`, as the sidebar names the note. */
  ref: string;
  commentsBefore: number;
}

/** Opens the SSO ticket, walks to the outcome and reads the note and tags the sidebar previews. */
async function walkToNonCleverAccount(): Promise<Prepared> {
  const commentsBefore = s.standIn.model.ticket(TICKET)?.comments.length ?? 0;
  await s.open({ ticket: TICKET, agent: USERS.tier1Agent });
  await w.chooseProcedure('access');
  await w.answerAll('access', NON_CLEVER_ACCOUNT);
  await w.outcome('access', 'non_clever_account').waitFor();
  const note = await w.previewedNote();
  const reference = note.split('\n').find((line) => line.startsWith(REFERENCE_PREFIX));
  const refId = reference === undefined ? undefined : parseReference(reference)?.refId;
  if (reference === undefined || refId === undefined) throw new Error(`the previewed note has no reference line:\n${note}`);
  return { note, tags: await w.previewedTags(), reference, ref: `clever-triage/${refId}`, commentsBefore };
}

/** Exactly one new comment: the previewed note, private, on the fake Zendesk and on the host page; the tags on both. */
async function expectOneInternalNote(p: Prepared, otherTags: string[] = []): Promise<void> {
  const added = addedComments(s, TICKET, p.commentsBefore);
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ public: false, author_id: USERS.tier1Agent, body: plainBody(p.note) });

  const tags = s.standIn.model.ticket(TICKET)?.tags ?? [];
  expect(tags).toEqual(expect.arrayContaining([...FIXTURE_TAGS, ...p.tags, ...otherTags]));

  const host = hostTicket(s);
  const notes = host.conversation.filter({ hasText: p.reference });
  await eventually(async () => expect(await notes.count()).toBe(1));
  await notes.getByText('Internal note', { exact: true }).waitFor();
  for (const tag of [...p.tags, ...otherTags]) await host.tags.getByText(tag, { exact: true }).waitFor();
}

/** Every ticket update the app sent with a comment made it explicitly private, under safe_update. */
function expectEveryWritePrivate(): void {
  const writes = s.standIn.model.log.find('PUT', new RegExp(`/tickets/${TICKET}\\.json`));
  const withComment = writes.filter((r) => (r.body as { ticket?: { comment?: unknown } } | null)?.ticket?.comment !== undefined);
  expect(withComment.length).toBeGreaterThan(0);
  for (const write of withComment) {
    expect(write.body).toMatchObject({ ticket: { comment: { public: false }, safe_update: true, updated_stamp: expect.any(String) } });
  }
}

describe('writing the note and tags through the stand-in', () => {
  it('a walk to "non-Clever account" writes one internal note and the tags', async () => {
    const prepared = await walkToNonCleverAccount();
    expect(prepared.tags).toEqual(expect.arrayContaining(['clever_district_sso', 'clever_tree_access', 'clever_outcome_non_clever_account']));

    await w.write();
    await w.sidebar().getByText(t('write.done.body'), { exact: true }).waitFor();

    await expectOneInternalNote(prepared);
    expectEveryWritePrivate();
    expect(s.standIn.model.log.find('PUT', /\/tickets\//)).toHaveLength(1);
  });

  it('another agent saves first (a real 409), then Zendesk rate-limits (429): still one note, and the other agent’s tag stays', async () => {
    const prepared = await walkToNonCleverAccount();
    s.standIn.model.faults.next(1, { kind: 'concurrent-edit', addTags: ['vip_district'] });
    s.standIn.model.faults.next(1, { kind: '429', retryAfter: 2 }, { target: 'writes' });

    await w.write();
    // The wait is said while it lasts: the agent sees why nothing happens for two seconds.
    await w.sidebar().getByText(t('write.progress.waiting.rate_limited', { seconds: 2 })).waitFor();
    await w.sidebar().getByText(t('write.done.body'), { exact: true }).waitFor();

    const statuses = s.standIn.model.log.find('PUT', new RegExp(`/tickets/${TICKET}\\.json`)).map((r) => [r.status, r.fault]);
    expect(statuses).toEqual([
      [409, 'concurrent-edit'],
      [429, '429'],
      [200, null],
    ]);
    await expectOneInternalNote(prepared, ['vip_district']);
    expectEveryWritePrivate();
  });

  it('the connection drops after Zendesk saved: the app finds its note and writes nothing twice', async () => {
    const prepared = await walkToNonCleverAccount();
    s.standIn.model.faults.next(1, { kind: 'drop', afterApply: true }, { target: 'writes' });

    await w.write();
    await w.sidebar().getByText(t('write.done.already'), { exact: true }).waitFor();

    const writes = s.standIn.model.log.find('PUT', new RegExp(`/tickets/${TICKET}\\.json`));
    expect(writes.map((r) => r.status)).toEqual(['dropped']);
    await expectOneInternalNote(prepared);
    expectEveryWritePrivate();
  });

  it('Back after a write, the same answer: "Written" with its reference, nothing written again; a changed remark is an explicit correction', async () => {
    const prepared = await walkToNonCleverAccount();
    await w.write();
    await w.sidebar().getByText(t('write.done.body'), { exact: true }).waitFor();

    await w.sidebar().getByRole('button', { name: t('walk.back'), exact: true }).click();
    await w.answer('access', 'access.4', 'no');
    const outcome = w.outcome('access', 'non_clever_account');
    await outcome.getByText(t('write.same', { ref: prepared.ref }), { exact: true }).waitFor();
    expect(await outcome.getByRole('button', { name: t('write.button'), exact: true }).count()).toBe(0);
    expect(s.standIn.model.log.find('PUT', new RegExp(`/tickets/${TICKET}\\.json`))).toHaveLength(1);
    await expectOneInternalNote(prepared);

    // The remark is folded until asked for.
    await outcome.getByRole('button', { name: t('outcome.remark'), exact: true }).click();
    await outcome.getByRole('textbox', { name: t('outcome.remark'), exact: true }).fill('The school moved to another district.');
    const correction = outcome.getByRole('button', { name: t('write.correction.button'), exact: true });
    await expect(correction.getAttribute('aria-describedby')).resolves.toBe('correction-changes');
    await outcome.getByText(t('write.correction.changes', { ref: prepared.ref, changes: t('write.correction.remark') })).waitFor();
    await correction.click();
    await w.sidebar().getByText(t('write.done.body'), { exact: true }).waitFor();

    expect(s.standIn.model.log.find('PUT', new RegExp(`/tickets/${TICKET}\\.json`))).toHaveLength(2);
    const added = addedComments(s, TICKET, prepared.commentsBefore);
    expect(added).toHaveLength(2);
    expect(added[1]?.body).toContain(`Corrects: ${prepared.ref} (changed: remark)`);
    expectEveryWritePrivate();
  });
});
