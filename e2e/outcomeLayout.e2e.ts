import type { Locator } from 'playwright-core';
import { BUDGETS } from '../bench/budgets';
import { documentTop, fillRequired } from '../bench/outcomeLayout';
import { TICKETS, USERS } from '../harness/fixtures';
import { TREES } from '../src/trees';
import type { Session } from './session';
import { SSO_ENROLLMENT_ERROR, t, walkingSessionPerFile, type Walker } from './walker';

/**
 * The outcome on one screen, at 320 px in a 900 px-high browser: what happened and what to do,
 * the fields the write needs, the write button with its result beside it; then, folded, the
 * customer text, the note and the tags. Each message of the write shows where the agent pressed.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

/** A write's message is read where the button was pressed: its top edge this near the button's. */
const MESSAGE_REACH_PX = 150;

beforeAll(async () => {
  await s.page.setViewportSize({ width: 1280, height: 900 });
});

const top = (locator: Locator): Promise<number> => locator.first().evaluate(documentTop);
const writeButton = () => w.sidebar().getByRole('button', { name: t('write.button'), exact: true });

/** The SSO escalation (access 7a “No”) with its required fields filled, as the bench measures it. */
async function ssoEscalation(): Promise<Locator> {
  await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
  await w.chooseProcedure('access');
  await w.answerAll('access', SSO_ENROLLMENT_ERROR);
  const outcome = w.outcome('access', 'sso_enrollment_error');
  await fillRequired(outcome, TREES.access.outcomes.sso_enrollment_error!.collect);
  return outcome;
}

/** How far a message's top edge is from the write button's, once the message shows. */
async function reach(message: Locator, buttonTop: number): Promise<number> {
  await message.first().waitFor();
  return Math.abs((await top(message)) - buttonTop);
}

describe('the SSO escalation outcome in a 320 px sidebar', () => {
  it('reads in the order the agent acts: what to do, the fields, the write; then the customer text, the note and the tags, folded', async () => {
    const outcome = await ssoEscalation();
    const tops = {
      title: await top(outcome.getByRole('heading', { level: 2 })),
      actions: await top(outcome.getByRole('heading', { name: t('outcome.actions'), exact: true })),
      fields: await top(outcome.getByRole('region', { name: t('collect.title') })),
      write: await top(writeButton()),
      guidance: await top(outcome.getByRole('button', { name: t('outcome.guidance'), exact: true })),
      note: await top(outcome.getByRole('button', { name: t('outcome.preview.toggle'), exact: true })),
      tags: await top(outcome.getByRole('button', { name: t('outcome.tags.toggle', { count: 5 }), exact: true })),
    };
    const order = Object.entries(tops).sort(([, a], [, b]) => a - b).map(([name]) => name);
    expect(order).toEqual(['title', 'actions', 'fields', 'write', 'guidance', 'note', 'tags']);
    // Folded: each opens on demand.
    for (const toggle of [t('outcome.guidance'), t('outcome.preview.toggle'), t('outcome.tags.toggle', { count: 5 })]) {
      expect(await outcome.getByRole('button', { name: toggle, exact: true }).getAttribute('aria-expanded')).toBe('false');
    }
    expect(tops.write).toBeLessThanOrEqual(BUDGETS.write_button_offset_px);
  });

  it('each message of a write shows within 150 px of the write button: the wait, the success, and another agent’s change', async () => {
    await ssoEscalation();
    const buttonTop = await top(writeButton());
    s.standIn.model.faults.next(1, { kind: 'concurrent-edit', addTags: ['vip_district'] });
    s.standIn.model.faults.next(1, { kind: '429', retryAfter: 2 }, { target: 'writes' });
    await w.write();
    const app = w.sidebar();
    const reaches = {
      waiting: await reach(app.getByText(t('write.progress.waiting.rate_limited', { seconds: 2 })), buttonTop),
      done: await reach(app.getByText(t('write.done.title'), { exact: true }), buttonTop),
      changed: await reach(app.getByRole('status').filter({ hasText: t('live.tagsAdded', { tags: 'vip_district' }) }), buttonTop),
    };
    expect(reaches).toEqual({ waiting: expect.any(Number), done: expect.any(Number), changed: expect.any(Number) });
    expect(Object.entries(reaches).filter(([, px]) => px > MESSAGE_REACH_PX)).toEqual([]);
  });

  it('a refused write says why beside the button', async () => {
    await ssoEscalation();
    const buttonTop = await top(writeButton());
    s.standIn.model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    await w.write();
    expect(await reach(w.sidebar().getByText(t('write.failed.forbidden'), { exact: true }), buttonTop)).toBeLessThanOrEqual(MESSAGE_REACH_PX);
  });
});
