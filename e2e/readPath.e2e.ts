import { BUILTIN_SEED, TICKETS, USERS } from '../harness/fixtures';
import { ORG_FIELDS_SHAPES } from '../harness/zaf/api';
import { fill } from '../src/triage/treeText';
import { TREES } from '../src/trees';
import { eventually } from './eventually';
import type { Session } from './session';
import { t, walkingSessionPerFile, type Walker } from './walker';

/**
 * Where Zendesk may behave otherwise than the stand-in did, in a real Chromium through the
 * stand-in's host: the organization's fields in whichever shape the host gives them,
 * and Insert into reply into a composer the agent left on internal note.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

const SSO_ORG = BUILTIN_SEED.organizations.find((o) => o.id === 501)!;

describe('the organization’s fields, whichever shape the host gives them in', () => {
  it.each(ORG_FIELDS_SHAPES)('%s: the Clever SSO district is classified from its three fields', async (shape) => {
    s.standIn.behaviour = { ...s.standIn.behaviour, orgFields: shape };
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    const district = w.sidebar().getByRole('region', { name: t('district.title') });
    await district.getByText(t('district.kind.clever-sso'), { exact: true }).waitFor();
    await w.sidebar().getByText(String(SSO_ORG.organization_fields.lms), { exact: true }).first().waitFor();
    // REST is asked only when neither ZAF shape answered.
    const rest = s.standIn.model.log.find('GET', /\/api\/v2\/organizations\//);
    expect(rest.map((r) => r.url)).toEqual(shape === 'none' ? [`/api/v2/organizations/${SSO_ORG.id}.json`] : []);
  });
});

describe('Insert into reply', () => {
  const outcome = TREES.access.outcomes.clever_login_triage!;
  const replyBox = () => s.page.getByLabel(/^Reply box/);

  it('into a reply box left on internal note: switched to a public reply first, said in the sidebar, the placeholder marked, and pasted once', async () => {
    await s.open({ ticket: TICKETS.ssoDistrict, agent: USERS.tier1Agent });
    expect(await s.page.getByLabel(/^Reply as/).inputValue()).toBe('internalNote');
    await w.chooseProcedure('access');
    await w.answer('access', 'access.2a', 'yes');
    const region = w.outcome('access', 'clever_login_triage');
    await region.getByRole('button', { name: t('outcome.insert'), exact: true }).click();

    await region.getByText(t('outcome.insertSwitched')).waitFor();
    expect(await s.page.getByLabel(/^Reply as/).inputValue()).toBe('publicReply');
    const text = fill(outcome.customerGuidance!, w.settings).replace('[paste the district’s login instructions]', '[[FILL IN: paste the district’s login instructions]]');
    await eventually(async () => expect(await replyBox().inputValue()).toBe(text));
    await region.getByText(t('outcome.fillIn', { items: 'paste the district’s login instructions' })).waitFor();

    await region.getByRole('button', { name: t('outcome.insert'), exact: true }).click();
    await region.getByText(t('outcome.insertedAlready')).waitFor();
    expect(await replyBox().inputValue()).toBe(text);
    // Nothing is sent: the ticket still holds only the customer's message.
    expect(s.standIn.model.ticket(TICKETS.ssoDistrict)?.comments).toHaveLength(1);
  });
});
