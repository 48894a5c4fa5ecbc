import { GROUPS, TICKETS, USERS } from '../harness/fixtures';
import { TREES } from '../src/trees';
import { allPaths } from '../spec/triage/helpers/paths';
import { axeViolations } from './a11y';
import { eventually } from './eventually';
import type { Session } from './session';
import { addedComments, SSO_ENROLLMENT_ERROR, t, walkingSessionPerFile, type Walker } from './walker';

/**
 * Tier 1 and Tier 2 on the same ticket, in a real Chromium through the stand-in (issue 6):
 * Tier 1 escalates with a packet; a Tier 2 agent opens the ticket, sees the packet read back
 * and returns it to Tier 1; the Tier 2 queue in the nav bar lists an escalation and opens it.
 * axe finds nothing on the Tier 2 screens (each page has its h1, the app's name or the queue's).
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

const TICKET = TICKETS.ssoDistrict;
const CLEVER_ID = '5f1e2d3c4b5a69788796a5b4';

/** Tier 2's "the information collected from Tier 1 is not accurate" branch: back to Tier 1. */
const RETURN = allPaths(TREES.tier2).find((p) => TREES.tier2.outcomes[p.outcome]?.escalationTags.includes('tier2_returned'));

const field = (label: string) => w.sidebar().getByLabel(new RegExp(`^${label.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

async function tier1Escalates(): Promise<void> {
  await s.open({ ticket: TICKET, agent: USERS.tier1Agent });
  await w.chooseProcedure('access');
  await w.answerAll('access', SSO_ENROLLMENT_ERROR);
  await w.outcome('access', 'sso_enrollment_error').waitFor();
  await field('User’s Clever id').fill(CLEVER_ID);
  await field('What you did to replicate').fill('Enrolled as the student: "Course unavailable".');
  await w.sidebar().getByRole('group', { name: /Screenshots recorded/ }).getByText(t('collect.yes'), { exact: true }).click();
  await w.write();
  await w.sidebar().getByText(t('write.done.body')).waitFor();
}

describe('Tier 1 and Tier 2 on the same ticket', () => {
  it('Tier 1 escalates; a Tier 2 agent opens the ticket, sees the packet read back, and returns it to Tier 1', async () => {
    // The sidebar never loads the queue's chunk.
    const chunks: string[] = [];
    const record = (request: { url(): string }) => chunks.push(new URL(request.url()).pathname);
    s.context.on('request', record);
    await tier1Escalates();
    expect(s.standIn.model.ticket(TICKET)?.tags).toContain('clever_escalated_tier2');
    expect(s.standIn.model.ticket(TICKET)?.group_id).toBe(GROUPS.tier2.id);

    const before = s.standIn.model.ticket(TICKET)?.comments.length ?? 0;
    await s.open({ ticket: TICKET, agent: USERS.tier2Agent });
    const readBack = w.sidebar().getByRole('region', { name: t('tier2.title') });
    await readBack.getByText(t('tier2.packet.complete')).waitFor();
    await readBack.getByText(CLEVER_ID).waitFor();
    await readBack.getByText(t('tier2.outcome', { title: TREES.access.outcomes.sso_enrollment_error!.title })).waitFor();
    expect(await w.procedureButton('tier2').innerText()).toBe(t('procedure.option.suggested', { title: TREES.tier2.title }));
    expect(await axeViolations(await s.appFrame())).toEqual([]);

    if (!RETURN) throw new Error('the tier2 tree has no return to Tier 1');
    await w.chooseProcedure('tier2');
    await w.answerAll('tier2', RETURN.answers.map((a) => [a.node, a.answer] as const));
    await w.outcome('tier2', RETURN.outcome).waitFor();
    expect(await axeViolations(await s.appFrame())).toEqual([]);
    const corrections = TREES.tier2.outcomes[RETURN.outcome]!.collect.find((f) => f.kind === 'multiline')!;
    await field(corrections.label).fill('The Clever id is the teacher’s, not the student’s: look it up again in Support Tools.');
    await w.write();
    await w.sidebar().getByText(t('write.done.body')).waitFor();

    const ticket = s.standIn.model.ticket(TICKET)!;
    expect(ticket.tags).toContain('clever_tier2_returned');
    expect(ticket.tags).not.toContain('clever_escalated_tier2');
    expect(ticket.group_id).toBe(GROUPS.tier1.id);
    const notes = addedComments(s, TICKET, before);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ public: false, author_id: USERS.tier2Agent });
    expect(notes[0]!.body).toContain('look it up again in Support Tools');
    s.context.off('request', record);
    expect(chunks.filter((c) => c.startsWith('/app/assets/tier2.'))).toHaveLength(1);
    expect(chunks.filter((c) => c.startsWith('/app/assets/queue.'))).toEqual([]);
  });

  it('the Tier 2 queue lists the escalated ticket and opens it', async () => {
    await tier1Escalates();
    await s.open({ location: 'nav_bar', agent: USERS.tier2Agent });
    const queue = w.sidebar();
    await queue.getByRole('heading', { name: t('queue.title') }).waitFor();
    const row = queue.locator(`tr[data-ticket="${TICKET}"]`);
    await row.getByText(t('district.kind.clever-sso')).waitFor();
    await row.getByText(TREES.access.outcomes.sso_enrollment_error!.title).waitFor();
    // The fixture's hand-made escalation is listed too, with no packet.
    await queue.locator(`tr[data-ticket="${TICKETS.escalatedTier2}"]`).getByText(t('queue.packet.none')).waitFor();
    expect(await axeViolations(await s.appFrame())).toEqual([]);

    await s.reloadsApp(() => row.getByRole('button', { name: new RegExp(`^Open ticket ${TICKET}: `) }).click());
    await eventually(() => expect(new URL(s.page.url()).searchParams.get('ticket')).toBe(String(TICKET)));
    await w.sidebar().getByRole('region', { name: t('tier2.title') }).getByText(CLEVER_ID).waitFor();
  });
});
