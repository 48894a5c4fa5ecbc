import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator } from 'playwright-core';
import { GROUPS, TICKETS, USERS } from '../harness/fixtures';
import { plainBody } from '../harness/zendesk/text';
import { fill } from '../src/triage/treeText';
import type { DistrictKind } from '../src/triage/tree';
import { TREES } from '../src/trees';
import { axeViolations } from './a11y';
import { eventually } from './eventually';
import type { Session } from './session';
import { addedComments, SSO_ENROLLMENT_ERROR, t, walkingSessionPerFile, type Step, type Walker } from './walker';

/**
 * The sidebar's walks in a real Chromium, in the stand-in's 320 px sidebar: the
 * district badge of every fixture, walks of each Tier 1 procedure to their outcomes, the
 * keyboard alone, axe on each screen, a reload in the middle, and nothing wider than 320 px.
 *
 * `npm run screenshots` runs this file with SCREENSHOTS=1: the README's and the listing's
 * images are then taken from the same screens these tests check (never in CI, which would
 * dirty the tree).
 */

const ROOT = join(__dirname, '..');
const SHOOT = process.env.SCREENSHOTS === '1';
/** The marketplace's screenshot size (Zendesk's app assets guide: 1024×768 PNG). */
const LISTING = { width: 1024, height: 768 } as const;
const SIDEBAR_WIDTH = 320;
/** Room left above what a listing screenshot shows, for its context (the organization line, the district, the trail's end). */
const CONTEXT_ABOVE = 320;

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

beforeAll(async () => {
  await s.page.setViewportSize(LISTING);
});

const appFrameElement = () => s.page.getByRole('complementary', { name: 'Apps' }).locator('iframe');

/**
 * The sidebar is exactly as tall as its content (it resizes itself through ZAF): no scrollbar
 * inside the iframe, nothing cut off at its bottom. Waits for the resize that follows a change.
 */
async function expectSizedToContent(): Promise<void> {
  const frame = await s.appFrame();
  await eventually(async () => {
    const content = await frame.evaluate(() => document.documentElement.scrollHeight);
    const iframe = (await appFrameElement().boundingBox())?.height ?? 0;
    expect({ iframe: Math.round(iframe), content }).toEqual({ iframe: content, content });
  });
}

/** Nothing in the sidebar is wider than its 320 px: neither the document nor the app's root scrolls sideways. */
async function expectNoHorizontalOverflow(): Promise<void> {
  const frame = await s.appFrame();
  const widths = await frame.evaluate(() => {
    const root = document.querySelector('main');
    return {
      viewport: window.innerWidth,
      document: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
      root: root ? [root.scrollWidth, root.clientWidth] : null,
    };
  });
  expect(widths.viewport).toBe(SIDEBAR_WIDTH);
  expect(widths.root).not.toBeNull();
  const [docScroll, docClient] = widths.document as [number, number];
  const [rootScroll, rootClient] = widths.root as [number, number];
  expect(docScroll).toBeLessThanOrEqual(docClient);
  expect(rootScroll).toBeLessThanOrEqual(rootClient);
}

/** Zero axe violations, no sideways overflow, and no inner scrolling on the screen shown now. */
async function expectScreenClean(): Promise<void> {
  // First: it waits for the resize that follows the change, so the scan sees the settled screen.
  await expectSizedToContent();
  expect(await axeViolations(await s.appFrame())).toEqual([]);
  await expectNoHorizontalOverflow();
}

/**
 * With SCREENSHOTS=1: the sidebar alone for docs/screenshots/<doc>, and the host page at the
 * listing's size for assets/screenshot-<n>.png, scrolled so `focus` is near the top, the ticket beside it.
 */
async function shoot(doc: string, listing: number, focus: Locator): Promise<void> {
  if (!SHOOT) return;
  await expectSizedToContent();
  const frameBox = await appFrameElement().boundingBox();
  if (!frameBox) throw new Error(`${doc}: the app iframe is not on the page`);
  // A cross-site iframe is painted only near the viewport: the page is made tall enough to hold all of it.
  const scrolled = await s.page.evaluate(() => window.scrollY);
  await s.page.setViewportSize({ width: LISTING.width, height: Math.ceil(scrolled + frameBox.y + frameBox.height) });
  const docPath = join(ROOT, 'docs/screenshots', doc);
  mkdirSync(dirname(docPath), { recursive: true });
  await appFrameElement().screenshot({ path: docPath, animations: 'disabled' });

  await s.page.setViewportSize(LISTING);
  await s.page.evaluate(() => window.scrollTo(0, 0));
  const box = await focus.boundingBox();
  if (!box) throw new Error(`${doc}: what the listing screenshot should show is not on the page`);
  // In Zendesk the ticket stays in view while the apps panel scrolls: the host page's ticket pane is
  // held at the top for the shot, so the page scrolled down the sidebar does not leave half of it empty.
  const pinTicket = await s.page.addStyleTag({ content: '.ticket-pane { position: sticky; top: 16px; }' });
  await s.page.evaluate((y) => window.scrollTo(0, y), Math.max(0, box.y - CONTEXT_ABOVE));
  // The app's frame paints in its own process: two of its frames, so what scrolled into view is painted.
  await (await s.appFrame()).evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
  await s.page.screenshot({ path: join(ROOT, `assets/screenshot-${listing}.png`), animations: 'disabled' });
  await pinTicket.evaluate((style) => (style as HTMLStyleElement).remove());
  await s.page.evaluate(() => window.scrollTo(0, 0));
}

/** Where the pending question's answer buttons start, in pixels from the top of the sidebar. */
async function answersTop(): Promise<number> {
  return (await s.appFrame()).evaluate(() => {
    const answers = document.querySelector('section[data-node] [role="group"]');
    return answers ? Math.round(answers.getBoundingClientRect().top + window.scrollY) : Number.NaN;
  });
}

/** The audit's aim for a typical step; a step with a long check or notes (access 4, 7b) may take more. */
const TYPICAL_ANSWERS_TOP = 650;
const LONG_ANSWERS_TOP = 800;

const districtRegion = () => w.sidebar().getByRole('region', { name: t('district.title'), exact: true });

const KINDS: DistrictKind[] = ['clever-sso', 'clever-rostering', 'clever-unknown-type', 'not-clever', 'no-organization'];

/** Each fixture ticket, and the district its organization's fields describe (harness/fixtures.ts). */
const BADGES: readonly (readonly [fixture: string, ticket: number, kind: DistrictKind, stale: boolean])[] = [
  ['Clever SSO district', TICKETS.ssoDistrict, 'clever-sso', false],
  ['Clever rostering district', TICKETS.rosteringDistrict, 'clever-rostering', false],
  ['parent account with an empty LMS field', TICKETS.parentAccountNoLms, 'clever-unknown-type', false],
  ['school outside Clever', TICKETS.notClever, 'not-clever', false],
  ['ticket with no organization', TICKETS.noOrganization, 'no-organization', false],
  ['district record from AY 2017-2018', TICKETS.oldAcademicYear, 'clever-sso', true],
  ['hostile markup in every field', TICKETS.hostile, 'clever-sso', false],
  ['closed ticket', TICKETS.closed, 'clever-sso', false],
  ['ticket escalated to Tier 2', TICKETS.escalatedTier2, 'clever-rostering', false],
];

/** A Clever id: 24 hexadecimal characters. */
const CLEVER_ID = '5f3c9a7b2d4e6f8091a2b3c4';

/** Rostering district, access, the same way up to step 7, which the district answers: rostering → 7b. */
const TO_STEP_7B: readonly Step[] = SSO_ENROLLMENT_ERROR.slice(0, 6);

describe('the district badge', () => {
  it.each(BADGES)('%s: ticket %i shows "%s"', async (_fixture, ticket, kind, stale) => {
    await s.open({ ticket, agent: USERS.tier1Agent });
    const district = districtRegion();
    await district.getByText(t(`district.kind.${kind}`), { exact: true }).waitFor();
    for (const other of KINDS.filter((k) => k !== kind)) {
      expect(await district.getByText(t(`district.kind.${other}`), { exact: true }).count()).toBe(0);
    }
    expect(await district.getByText(t('district.stale.title'), { exact: true }).count()).toBe(stale ? 1 : 0);
    await expectNoHorizontalOverflow();
  });
});

describe('walks of each procedure', () => {
  it('an SSO walk of access to an escalation writes the note, the tags and the Tier 2 group', async () => {
    const before = s.standIn.model.ticket(TICKETS.ssoDistrict)?.comments.length ?? 0;
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    // The README's first image: the organization, the district at a glance and the procedures, the likely one first.
    await w.procedureButton('access').waitFor();
    await shoot('sidebar.png', 0, districtRegion());
    await w.chooseProcedure('access');
    await w.question('access', 'access.2a').waitFor();
    await w.answerAll('access', SSO_ENROLLMENT_ERROR);
    const outcome = w.outcome('access', 'sso_enrollment_error');
    await outcome.getByText(t('outcome.kind.escalate_tier2'), { exact: true }).waitFor();

    const field = (label: string) => outcome.getByLabel(t('collect.label.required', { label }), { exact: true });
    await field('User’s Clever id').fill(CLEVER_ID);
    await field('What you did to replicate it and what the student saw').fill('Enrolled from the student account: "Enrollment failed" on the course page.');
    await outcome
      .getByRole('group', { name: t('collect.label.required', { label: 'Screenshots recorded in the ticket' }) })
      .getByText(t('collect.yes'), { exact: true })
      .click();
    // Every required value is in and valid: nothing stands between the agent and the write.
    expect(await w.sidebar().getByRole('button', { name: t('write.button') }).isEnabled()).toBe(true);
    // The images show the outcome as the agent first sees it: the trail and the note folded.
    await shoot('outcome.png', 2, outcome.getByRole('heading', { level: 2 }));
    // Step 7 was the district's answer, not the agent's: marked on its line, said in words when opened.
    const step7 = await w.openTrailStep('access', 'access.7');
    await step7.getByText(t('trail.auto.marker'), { exact: true }).waitFor();
    await step7.getByText(t('trail.auto'), { exact: true }).waitFor();
    const note = await w.previewedNote();
    const tags = await w.previewedTags();
    expect(note).toContain(CLEVER_ID);
    expect(tags).toEqual(expect.arrayContaining(['clever_district_sso', 'clever_tree_access', 'clever_outcome_sso_enrollment_error', 'clever_escalated_tier2']));

    // Each tag on one line: the list wraps between tags, never inside one that fits.
    const tagLines = await w
      .sidebar()
      .getByRole('list', { name: t('outcome.tags') })
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => {
          const tops = new Set<number>();
          const texts = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
          for (let text = texts.nextNode(); text; text = texts.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(text);
            for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
          }
          return tops.size;
        }),
      );
    expect(tagLines).toEqual(tags.map(() => 1));

    // Every "The ticket changed" notice shown from here on, whichever order Zendesk's events come in.
    const frame = await s.appFrame();
    await frame.evaluate((title) => {
      const seen: string[] = [];
      Object.assign(window, { changeNotices: seen });
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[role="status"]')) if (el.textContent?.includes(title)) seen.push(el.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, t('notice.changed.title'));

    await w.write();
    await w.sidebar().getByText(t('write.done.body'), { exact: true }).waitFor();
    // Focus is on the success, not left on the page, and a live region holds it.
    const focus = await frame.evaluate(() => ({
      text: document.activeElement?.textContent ?? '',
      live: document.activeElement?.closest('[aria-live="polite"]') !== null,
    }));
    expect(focus).toEqual({ text: `${t('write.done.title')}${t('write.done.body')}`, live: true });
    const added = addedComments(s, TICKETS.ssoDistrict, before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ public: false, body: plainBody(note) });
    const ticket = s.standIn.model.ticket(TICKETS.ssoDistrict);
    expect(ticket?.tags).toEqual(expect.arrayContaining(tags));
    expect(ticket?.group_id).toBe(GROUPS.tier2.id);

    // The app's own tags are no news to the agent who wrote them; another agent's tag is.
    s.standIn.model.updateTicket(TICKETS.ssoDistrict, { tags: [...(ticket?.tags ?? []), 'vip'] }, USERS.tier2Agent);
    const changed = w.sidebar().getByRole('status').filter({ hasText: t('notice.changed.title') });
    await changed.getByText(t('live.tagsAdded', { tags: 'vip' }), { exact: true }).waitFor();
    const notices = await frame.evaluate(() => (window as unknown as { changeNotices: string[] }).changeNotices);
    expect(notices.filter((text) => text.includes('clever_'))).toEqual([]);
  });

  it('a rostering walk of access reaches step 7b, step 7 answered by the app from the district', async () => {
    await s.open({ ticket: TICKETS.rosteringDistrict, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');
    await w.answerAll('access', TO_STEP_7B);
    const question = w.question('access', 'access.7b');
    await question.getByText(t('question.step', { step: '7b' }), { exact: true }).waitFor();
    // The organization, the district's reason and steps 1–6 are folded: the answers are in reach (1,330 px down before).
    expect(await answersTop()).toBeLessThanOrEqual(LONG_ANSWERS_TOP);

    // The screenshot shows the trail as the agent first sees it: one line a step.
    await shoot('question.png', 1, question.getByRole('heading', { level: 2 }));
    const step7 = w.trailStep('access', 'access.7');
    await step7.getByText(t('trail.line', { step: '7', answer: 'Rostering (Clever Rostering)' }), { exact: true }).waitFor();
    await step7.getByText(t('trail.auto.marker'), { exact: true }).waitFor();
    await (await w.openTrailStep('access', 'access.7')).getByText(t('trail.auto'), { exact: true }).waitFor();
    const step6 = await w.openTrailStep('access', 'access.6');
    expect(await step6.getByText(t('trail.auto.marker'), { exact: true }).count()).toBe(0);
    expect(await step6.getByText(t('trail.auto'), { exact: true }).count()).toBe(0);
    await expectNoHorizontalOverflow();
  });

  it('a school outside Clever: step 1 is the agent’s question, not the app’s escalation; No escalates to confirm the integration', async () => {
    await s.open({ ticket: TICKETS.notClever, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');
    const step1 = w.question('access', 'access.1');
    await step1.getByText(t('question.step', { step: '1' }), { exact: true }).waitFor();
    expect(await w.sidebar().getByRole('button', { name: t('walk.back') }).isDisabled()).toBe(true);
    await w.answer('access', 'access.1', 'no');
    await w.outcome('access', 'escalate_integration_status').getByText(t('outcome.kind.escalate_tier2'), { exact: true }).waitFor();
    const answered = await w.openTrailStep('access', 'access.1');
    expect(await answered.getByText(t('trail.auto.marker'), { exact: true }).count()).toBe(0);
  });

  it('transfers: an SSO student moved school and the profile lists the new one → directions to change school', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    await w.chooseProcedure('transfers');
    await w.answerAll('transfers', [
      ['transfers.1', 'yes'],
      ['transfers.1.clever_profile', 'yes'],
      ['transfers.1.new_school_listed', 'yes'],
    ]);
    await w.outcome('transfers', 'sso_transfer_change_school').getByText(t('outcome.kind.resolved'), { exact: true }).waitFor();
    await (await w.openTrailStep('transfers', 'transfers.1.integration')).getByText(t('trail.auto'), { exact: true }).waitFor();
    await expectNoHorizontalOverflow();
  });

  it('sync: a sync on hold because Remind is disconnected → check Clever, then resume the sync', async () => {
    await s.open({ ticket: TICKETS.rosteringDistrict, agent: USERS.tier1Agent });
    await w.chooseProcedure('sync');
    await w.answerAll('sync', [
      ['sync.status', 'on_hold'],
      ['sync.hold_type', 'disconnected'],
    ]);
    await w.outcome('sync', 'resume_after_reconnect').getByText(t('outcome.kind.resolved'), { exact: true }).waitFor();
    await expectNoHorizontalOverflow();
  });

  it('hostile markup in every field: the outcome, its evidence and the note stay inside 320 px', async () => {
    await s.open({ ticket: TICKETS.hostile, agent: USERS.tier1Agent });
    await districtRegion().getByRole('button', { name: t('district.evidence') }).click();
    await districtRegion().getByRole('list', { name: t('district.evidence') }).waitFor();
    await expectNoHorizontalOverflow();
    await w.chooseProcedure('access');
    await w.answerAll('access', [
      ['access.2a', 'no'],
      ['access.2b', 'no'],
      ['access.3', 'yes'],
      ['access.4', 'no'],
    ]);
    await w.outcome('access', 'non_clever_account').waitFor();
    const step1 = await w.openTrailStep('access', 'access.1');
    await step1.getByRole('list', { name: t('district.evidence') }).waitFor();
    await expectNoHorizontalOverflow();
  });
});

describe('a walk in a 320 px sidebar', () => {
  it('the answers start near the top at every step: the organization, the district’s reason and the earlier steps fold', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');
    const tops: Record<string, number> = {};
    for (const [id, answerId] of SSO_ENROLLMENT_ERROR) {
      await w.question('access', id).waitFor();
      tops[id] = await answersTop();
      await w.answer('access', id, answerId);
    }
    // 757 to 1,166 px down before the folds.
    const { 'access.4': long, ...typical } = tops;
    expect(Object.entries(typical).filter(([, top]) => !(top <= TYPICAL_ANSWERS_TOP))).toEqual([]);
    expect(long).toBeLessThanOrEqual(LONG_ANSWERS_TOP);
  });

  it('a question’s notes are in the small type of what to check, smaller than the question', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');
    await w.answerAll('access', SSO_ENROLLMENT_ERROR.slice(0, 3));
    const node = w.node('access', 'access.4');
    const question = w.question('access', 'access.4');
    const size = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const notes = await Promise.all((node.notes ?? []).map((n) => size(question.getByText(fill(n, w.settings), { exact: true }))));
    const check = await size(question.getByText(fill(node.check, w.settings), { exact: true }));
    const heading = await size(question.getByRole('heading', { level: 2 }));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n === check)).toBe(true);
    expect(check).toBeLessThan(heading);
  });
});

describe('accessibility and resilience', () => {
  it('Restart asks before clearing the agent’s answers, by keyboard: the focus on Cancel, Escape back on Restart, then confirmed', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');
    await w.answerAll('access', SSO_ENROLLMENT_ERROR.slice(0, 2));
    await w.question('access', 'access.3').waitFor();
    const hasFocus = (l: Locator) => l.evaluate((el) => el === document.activeElement && document.hasFocus());
    const restart = w.sidebar().getByRole('button', { name: t('walk.restart'), exact: true });
    await restart.focus();
    await s.page.keyboard.press('Enter');
    const dialog = w.sidebar().getByRole('alertdialog', { name: t('walk.confirm.restart', { what: t('walk.confirm.answers.other', { count: 2 }) }) });
    await dialog.waitFor();
    await expectScreenClean();
    expect(await hasFocus(dialog.getByRole('button', { name: t('walk.confirm.cancel') }))).toBe(true);

    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await hasFocus(restart)).toBe(true);
    await w.question('access', 'access.3').waitFor();

    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Shift+Tab');
    expect(await hasFocus(dialog.getByRole('button', { name: t('walk.restart') }))).toBe(true);
    await s.page.keyboard.press('Enter');
    const first = w.question('access', 'access.2a');
    await eventually(async () => expect(await hasFocus(first.getByRole('heading', { level: 2 }))).toBe(true));
  });


  it('axe finds nothing on the district and procedure choice, a question, and an outcome', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    await w.procedureButton('access').waitFor();
    await expectScreenClean();

    await w.chooseProcedure('access');
    const first = w.question('access', 'access.2a');
    await first.waitFor();
    await expectScreenClean();

    await w.answerAll('access', SSO_ENROLLMENT_ERROR);
    await w.outcome('access', 'sso_enrollment_error').waitFor();
    await expectScreenClean();
  });

  it('the keyboard alone walks to an outcome; focus moves to each new question and a live region announces it', async () => {
    await s.open({ ticket: TICKETS.rosteringDistrict, agent: USERS.tier1Agent });
    await w.procedureButton('access').waitFor();
    const frame = await s.appFrame();

    /** What has the keyboard focus inside the sidebar: its element, text and the heading of its section. */
    const focused = () =>
      frame.evaluate(() => {
        if (!document.hasFocus()) return null;
        const el = document.activeElement as HTMLElement | null;
        return el ? { tag: el.tagName, text: el.textContent ?? '', section: el.closest('section')?.querySelector('h2')?.textContent ?? null } : null;
      });
    /** Presses Tab until the focused control is the wanted one (from the host page into the sidebar, the first time). */
    const tabTo = async (wanted: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, what: string) => {
      for (let i = 0; i < 80; i++) {
        const now = await focused();
        if (now && wanted(now)) return;
        await s.page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${what}`);
    };
    const expectAnnounced = async (text: string) => {
      await eventually(async () => expect(await w.sidebar().getByRole('status').filter({ hasText: text }).count()).toBe(1));
    };
    const expectFocusOn = async (heading: string) => {
      await eventually(async () => expect(await focused()).toMatchObject({ tag: 'H2', text: heading }));
    };

    const suggested = t('procedure.option.suggested', { title: TREES.access.title });
    await tabTo((f) => f.tag === 'BUTTON' && f.text === suggested, 'the suggested procedure');
    await s.page.keyboard.press('Enter');

    const steps: Step[] = [...TO_STEP_7B, ['access.7b', 'yes_within_24_hours']];
    for (const [index, [id, answerId]] of steps.entries()) {
      const node = w.node('access', id);
      const question = w.questionText('access', id);
      await expectFocusOn(question);
      await expectAnnounced(t('announce.question', { step: node.step, question }));
      const label = node.answers.find((a) => a.id === answerId)?.label ?? '';
      await tabTo((f) => f.tag === 'BUTTON' && f.text === label && f.section === question, `"${label}" of ${id}`);
      // Both keys a button takes.
      await s.page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
    }

    const title = w.outcomeOf('access', 'rostering_wait_for_sync').title;
    await expectFocusOn(title);
    await expectAnnounced(t('announce.outcome', { title }));
  });

  it('a reload in the middle of a walk resumes at the same question with the same answers', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');
    await w.answerAll('access', SSO_ENROLLMENT_ERROR.slice(0, 3));
    await w.question('access', 'access.4').waitFor();
    const trail = w.sidebar().getByRole('region', { name: t('trail.title') });
    /** Every answered step's line, the earlier ones opened first (a long trail shows its last step only). */
    const steps = async () => {
      await trail.getByRole('button', { name: t('trail.earlier.show', { count: 3 }) }).click();
      return trail.getByRole('listitem').allInnerTexts();
    };
    const answered = await steps();
    expect(answered).toHaveLength(4);

    await s.reloadsApp(() => s.page.getByRole('button', { name: 'Reload app' }).click());
    await w.sidebar().getByText(t('notice.resumed.title'), { exact: true }).waitFor();
    await w.question('access', 'access.4').waitFor();
    expect(await steps()).toEqual(answered);

    // The resumed walk goes on from there.
    await w.answer('access', 'access.4', 'no');
    await w.outcome('access', 'non_clever_account').waitFor();
  });
});
