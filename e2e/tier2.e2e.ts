import type { Frame, Locator } from 'playwright-core';
import { GROUPS, TICKETS, USERS } from '../harness/fixtures';
import { TREES } from '../src/trees';
import { allPaths } from '../spec/triage/helpers/paths';
import { axeViolations } from './a11y';
import { eventually } from './eventually';
import type { Session } from './session';
import { addedComments, SSO_ENROLLMENT_ERROR, t, walkingSessionPerFile, type Walker } from './walker';

/**
 * Tier 1 and Tier 2 on the same ticket, in a real Chromium through the stand-in:
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

/** Opens the read-back's folded path, packet and remark, as a Tier 2 agent does. */
async function openReadBack(readBack: Locator): Promise<void> {
  const details = readBack.locator('[aria-controls="tier2-readback-details"]');
  expect(await details.getAttribute('aria-expanded')).toBe('false');
  await details.click();
}

/** The words of a table's cells that the browser broke over two lines. */
function brokenWords(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('th, td')) {
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(word[0]);
        }
      }
    }
    return broken;
  });
}

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
    // Folded to Tier 1's outcome and the packet's state: Tier 2's procedure comes right after.
    await readBack.getByText(t('tier2.packet.complete')).waitFor();
    await readBack.getByText(t('tier2.outcome', { title: TREES.access.outcomes.sso_enrollment_error!.title })).waitFor();
    expect(await w.procedureButton('tier2').innerText()).toBe(t('procedure.option.suggested', { title: TREES.tier2.title }));
    expect((await w.procedureButton('tier2').boundingBox())!.y).toBeLessThan(900);
    await openReadBack(readBack);
    await readBack.getByText(CLEVER_ID).waitFor();
    // The packet in the sidebar's small text, each value under its label, not indented like a browser's default list.
    const packet = await readBack.locator('dl').evaluate((dl) => {
      const [dt, dd] = [dl.querySelector('dt')!, dl.querySelector('dd')!].map((el) => el.getBoundingClientRect());
      return { size: getComputedStyle(dl.querySelector('dd')!).fontSize, indent: dd!.left - dt!.left };
    });
    expect(packet).toEqual({ size: '12px', indent: 0 });
    expect(await readBack.getByRole('listitem').first().evaluate((li) => getComputedStyle(li).fontSize)).toBe('12px');
    expect(await axeViolations(await s.appFrame())).toEqual([]);

    if (!RETURN) throw new Error('the tier2 tree has no return to Tier 1');
    await w.chooseProcedure('tier2');
    await w.answerAll('tier2', RETURN.answers.map((a) => [a.node, a.answer] as const));
    const outcome = w.outcome('tier2', RETURN.outcome);
    await outcome.getByText(t('outcome.kind.returned_tier1'), { exact: true }).waitFor();
    expect(await axeViolations(await s.appFrame())).toEqual([]);
    const corrections = TREES.tier2.outcomes[RETURN.outcome]!.collect.find((f) => f.kind === 'multiline')!;
    await field(corrections.label).fill('The Clever id is the teacher’s, not the student’s: look it up again in Support Tools.');
    // Tier 2 step 2's lookup "requires escalation": the note says who did it (tier2 v5).
    await field(TREES.tier2.outcomes[RETURN.outcome]!.collect.find((f) => f.id === 'dashboard_lookup_by')!.label).fill('A supervisor');
    // Continuing in Tier 1's procedure would drop the note: the button, after the write, says so, and its label wraps whole.
    const title = TREES.access.title;
    const unwritten = outcome.getByRole('button', { name: t('outcome.continueIn.unwritten', { title }), exact: true });
    const box = await unwritten.evaluate((b) => ({ scroll: b.scrollWidth, client: b.clientWidth }));
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    await w.write();
    await w.sidebar().getByText(t('write.done.body')).waitFor();
    await outcome.getByRole('button', { name: t('outcome.continueIn', { title }), exact: true }).waitFor();

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
    expect(await queue.getByText(t('queue.count', { tag: 'clever_escalated_tier2', count: 2 })).count()).toBe(1);
    // The sortable header's label sits on the same line as the others'.
    const tops = await queue.getByRole('columnheader').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(document.createTreeWalker(cell, NodeFilter.SHOW_TEXT).nextNode()!);
        return Math.round(range.getBoundingClientRect().top);
      }),
    );
    expect(new Set(tops).size).toBe(1);
    expect(await axeViolations(await s.appFrame())).toEqual([]);
    // A narrow nav bar: the table scrolls sideways rather than break a word in two.
    const viewport = s.page.viewportSize();
    await s.page.setViewportSize({ width: 360, height: 720 });
    try {
      expect(await brokenWords(await s.appFrame())).toEqual([]);
    } finally {
      if (viewport) await s.page.setViewportSize(viewport);
    }

    await s.reloadsApp(() => row.getByRole('button', { name: new RegExp(`^Open ticket ${TICKET}: `) }).click());
    await eventually(() => expect(new URL(s.page.url()).searchParams.get('ticket')).toBe(String(TICKET)));
    const readBack = w.sidebar().getByRole('region', { name: t('tier2.title') });
    await openReadBack(readBack);
    await readBack.getByText(CLEVER_ID).waitFor();
  });

  it('a return is visible to Tier 1: the sidebar opens with who returned it, when, what to fix, and the procedure to resume', async () => {
    if (!RETURN) throw new Error('the tier2 tree has no return to Tier 1');
    await tier1Escalates();
    await s.open({ ticket: TICKET, agent: USERS.tier2Agent });
    await w.chooseProcedure('tier2');
    await w.answerAll('tier2', RETURN.answers.map((a) => [a.node, a.answer] as const));
    const fix = 'The Clever id is the teacher’s, not the student’s: look it up again in Support Tools.';
    await field(TREES.tier2.outcomes[RETURN.outcome]!.collect.find((f) => f.kind === 'multiline')!.label).fill(fix);
    await field(TREES.tier2.outcomes[RETURN.outcome]!.collect.find((f) => f.id === 'dashboard_lookup_by')!.label).fill('A supervisor');
    await w.write();
    await w.sidebar().getByText(t('write.done.body')).waitFor();

    await s.open({ ticket: TICKET, agent: USERS.tier1Agent });
    const returned = w.sidebar().getByRole('region', { name: t('return.title') });
    const tier2Agent = s.standIn.model.user(USERS.tier2Agent)!;
    await returned.getByText(new RegExp(`^${tier2Agent.name.replace(/[()]/g, '\\$&')} returned this ticket to Tier 1 on `)).waitFor();
    await returned.getByText(fix).waitFor();
    await returned.getByText(t('return.resume')).waitFor();
    expect(await w.procedureButton('access').innerText()).toBe(t('procedure.option.suggested', { title: TREES.access.title }));
    await w.sidebar().getByText(t('procedure.why.returned')).waitFor();
    // The return panel comes first: above the organization and the procedures.
    const [panelTop, procedureTop] = await Promise.all([returned.boundingBox(), w.procedureButton('access').boundingBox()]);
    expect(panelTop!.y).toBeLessThan(procedureTop!.y);
    expect(await axeViolations(await s.appFrame())).toEqual([]);
  });
});
