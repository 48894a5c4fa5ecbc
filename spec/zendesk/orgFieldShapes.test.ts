import { BUILTIN_SEED, TICKETS } from '../../harness/fixtures';
import { ORG_FIELDS_SHAPES } from '../../harness/zaf/api';
import { classify } from '../../src/triage/classify';
import { parseSettings } from '../../src/triage/settings';
import { orgFieldPath, readSnapshot, SNAPSHOT_PATHS } from '../../src/zendesk/readSnapshot';
import { modelClient } from '../app/modelClient';
import { zendeskServerPerFile } from '../support/zendeskServer';

/**
 * ZAF documents an organization's custom fields as `ticket.organization.customField:<key>`; public
 * apps also see `organizationFields` on the object; REST's organization is the sure way. Whichever
 * the host answers, the same ticket reads the same fields and classifies the same, in one get.
 */

const { model } = zendeskServerPerFile();

const { settings } = parseSettings({});
const KEYS = [settings.parent_account_field, settings.parent_account_id_field, settings.lms_field];
const SSO_FIELDS = BUILTIN_SEED.organizations.find((o) => o.id === 501)?.organization_fields;

describe.each(ORG_FIELDS_SHAPES)('the organization fields when the host gives them as: %s', (shape) => {
  it('reads the three configured fields and classifies the district as Clever SSO', async () => {
    const client = modelClient(model, TICKETS.ssoDistrict, { orgFields: shape });
    const { snapshot, problems } = await readSnapshot(client, KEYS);

    expect(problems).toEqual([]);
    expect(client.gets).toEqual([[...SNAPSHOT_PATHS, ...KEYS.map(orgFieldPath)]]);
    for (const key of KEYS) expect(snapshot.organization?.organizationFields[key]).toEqual(SSO_FIELDS?.[key]);
    expect(classify(snapshot.organization, settings, new Date('2026-12-01')).kind).toBe('clever-sso');
    // REST is asked only when neither ZAF shape answered, and then once.
    const rest = model.log.all().map((r) => `${r.method} ${r.url}`);
    expect(rest).toEqual(shape === 'none' ? ['GET /api/v2/organizations/501.json'] : []);
  });
});

describe('where the shapes disagree or fail', () => {
  it('takes the documented customField value over the object’s for the same key', async () => {
    const client = modelClient(model, TICKETS.ssoDistrict);
    client.data[orgFieldPath('lms')] = 'Clever Rostering District';
    const { snapshot } = await readSnapshot(client, KEYS);
    expect(snapshot.organization?.organizationFields.lms).toBe('Clever Rostering District');
  });

  it('an organization whose fields are all empty is an answer, not a reason to ask REST', async () => {
    const client = modelClient(model, TICKETS.ssoDistrict, { orgFields: 'organizationFields' });
    client.data['ticket.organization'] = { ...(client.data['ticket.organization'] as object), organizationFields: {} };
    const { snapshot } = await readSnapshot(client, KEYS);
    expect(client.gets).toEqual([[...SNAPSHOT_PATHS, ...KEYS.map(orgFieldPath)]]);
    expect(snapshot.organization?.organizationFields).toEqual({});
    expect(model.log.all()).toEqual([]);
  });

  it('says so when the REST fallback fails, and keeps the rest of the ticket', async () => {
    model.faults.next(1, { kind: '500' });
    const client = modelClient(model, TICKETS.ssoDistrict, { orgFields: 'none' });
    const { snapshot, problems } = await readSnapshot(client, KEYS);
    expect(snapshot.organization?.name).toBe(BUILTIN_SEED.organizations.find((o) => o.id === 501)?.name);
    expect(snapshot.organization?.organizationFields).toEqual({});
    expect(problems).toEqual([{ path: 'ticket.organization.organizationFields', message: expect.stringMatching(/^Zendesk did not give the organization's fields: /) }]);
  });
});
