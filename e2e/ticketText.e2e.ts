import { RECOGNIZE_SENTENCE, TEXT_TICKETS } from '../harness/textTickets';
import { USERS } from '../harness/fixtures';
import { plainBody } from '../harness/zendesk/text';
import { axeViolations } from './a11y';
import { eventually } from './eventually';
import type { Session } from './session';
import { addedComments, t, walkingSessionPerFile, type Walker } from './walker';

/**
 * The customer's own words in a real Chromium: a ticket whose description quotes step 2b's message
 * walks to step 2b with Yes proposed and the sentence shown; one click confirms it, and the note
 * the app writes says the answer was confirmed from the ticket's text.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

const TICKET = TEXT_TICKETS.recognizeMessage;

describe('answers the ticket’s text proposes', () => {
  it('the 2b message in the description: Yes proposed at step 2b with the sentence, confirmed with one click, noted as confirmed from the ticket’s text', async () => {
    const before = s.standIn.model.ticket(TICKET)?.comments.length ?? 0;
    await s.open({ ticket: TICKET, agent: USERS.tier1Agent });
    await w.chooseProcedure('access');

    // Step 2a: the text says nothing of Clever's own login, so nothing is proposed there.
    const step2a = w.question('access', 'access.2a');
    await step2a.waitFor();
    const yes = w.node('access', 'access.2b').answers.find((a) => a.id === 'yes')!;
    const confirmButton = (within: typeof step2a) => within.getByRole('button', { name: t('question.proposed.confirm', { answer: yes.label }), exact: true });
    expect(await step2a.getByText(t('question.proposed.source'), { exact: true }).count()).toBe(0);
    await w.answer('access', 'access.2a', 'no');

    const step2b = w.question('access', 'access.2b');
    await step2b.getByText(t('question.proposed', { answer: yes.label }), { exact: true }).waitFor();
    expect(await step2b.locator('blockquote').innerText()).toBe(RECOGNIZE_SENTENCE);
    // Focus lands on the confirmation after the agent's move: one key (Enter) would confirm it too.
    await eventually(async () => expect(await (await s.appFrame()).evaluate(() => document.activeElement?.textContent ?? '')).toBe(t('question.proposed.confirm', { answer: yes.label })));
    expect(await axeViolations(await s.appFrame())).toEqual([]);
    await confirmButton(step2b).click();

    const outcome = w.outcome('access', 'escalate_school_district_association');
    await outcome.waitFor();
    const field = (label: string) => outcome.getByLabel(t('collect.label.required', { label }), { exact: true });
    await field('School name').fill('Lincoln High School');
    await field('District name').fill('Springfield Unified School District');
    await field('School Salesforce id').fill('0015e00000AbCdEF12');
    await field('District Salesforce id').fill('0015e00000AbCdEF13');
    await field('School Clever id').fill('5f3c9a7b2d4e6f8091a2b3c4');
    await field('District Clever id').fill('5f3c9a7b2d4e6f8091a2b3c5');
    const note = await w.previewedNote();
    expect(note).toContain("- access.2b = yes [agent, confirmed from the ticket's text]: ");
    expect(note).toContain(`| “${RECOGNIZE_SENTENCE}”`);

    await w.write();
    await w.sidebar().getByText(t('write.done.body'), { exact: true }).waitFor();
    const added = addedComments(s, TICKET, before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ public: false, body: plainBody(note) });
    expect(added[0]?.body).toContain("confirmed from the ticket's text");
  });
});
