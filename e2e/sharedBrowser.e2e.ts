import { TICKETS, USERS } from '../harness/fixtures';
import type { Session } from './session';
import { t, walkingSessionPerFile, type Step, type Walker } from './walker';

/**
 * One browser, two agents (a shared desk): what the first leaves on a ticket, their walk, their
 * remark and a note Zendesk refused, is theirs alone. The second opens the same ticket to a fresh
 * start; the first, back on it, finds everything as they left it.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

const TICKET = TICKETS.ssoDistrict;
const REMARK = 'Called about student Jane Doe.';
const NON_CLEVER_ACCOUNT: readonly Step[] = [
  ['access.2a', 'no'],
  ['access.2b', 'no'],
  ['access.3', 'yes'],
  ['access.4', 'no'],
];

describe('a browser shared by two agents', () => {
  it('the second agent gets neither the first’s walk, nor their remark, nor their unsent note; the first gets all three back', async () => {
    await s.open({ ticket: TICKET, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');
    await w.answerAll('access', NON_CLEVER_ACCOUNT);
    const outcome = w.outcome('access', 'non_clever_account');
    // The remark is folded until asked for.
    await outcome.getByRole('button', { name: t('outcome.remark'), exact: true }).click();
    await outcome.getByLabel(t('outcome.remark')).fill(REMARK);
    // Zendesk refuses the write: the note is kept in the browser to be retried.
    s.standIn.model.faults.next(1, { kind: 'http', status: 403 }, { target: 'writes' });
    await w.write();
    await outcome.getByText(t('write.failed.forbidden'), { exact: true }).waitFor();

    // Another agent on the same browser opens the same ticket.
    await s.open({ ticket: TICKET, agent: USERS.admin });
    const sidebar = w.sidebar();
    await w.procedureButton('access').waitFor();
    expect(await sidebar.getByText(t('notice.resumed.title'), { exact: true }).count()).toBe(0);
    expect(await sidebar.getByRole('region', { name: t('pending.title') }).count()).toBe(0);
    expect(await sidebar.getByText(REMARK).count()).toBe(0);
    await w.chooseProcedure('access');
    await w.answerAll('access', NON_CLEVER_ACCOUNT);
    await expect(outcome.getByLabel(t('outcome.remark')).inputValue()).resolves.toBe('');

    // The first agent, back, finds their walk, their remark and their note waiting.
    await s.open({ ticket: TICKET, agent: USERS.tier1Agent });
    await sidebar.getByText(t('notice.resumed.title'), { exact: true }).waitFor();
    await expect(outcome.getByLabel(t('outcome.remark')).inputValue()).resolves.toBe(REMARK);
    // Their refused note is theirs to retry: the write says it was sent and never confirmed.
    await outcome.getByText(t('write.unconfirmed.title'), { exact: true }).waitFor();
  });
});
