import { BUILTIN_SEED, TICKETS, USERS } from '../../harness/fixtures';
import { zafGet, zafSet, type HostContext } from '../../harness/zaf/api';
import { ZendeskModel } from '../../harness/zendesk/model';

/** What the stand-in's host answers to an app's `client.get` / `client.set`. */

const model = new ZendeskModel(BUILTIN_SEED);
afterEach(() => model.reset(BUILTIN_SEED));

const onTicket = (ticketId: number, currentUserId: number = USERS.tier1Agent): HostContext => ({ location: 'ticket_sidebar', ticketId, currentUserId });

describe('zafGet', () => {
  it('gives the organization as ZAF does: camelCase organizationFields keyed by field key', () => {
    expect(zafGet(model, onTicket(TICKETS.ssoDistrict), ['ticket.organization'])).toEqual({
      'ticket.organization': {
        id: 501,
        name: 'Lincoln High School',
        tags: ['clever', 'k12'],
        organizationFields: { parent_account: 'Springfield Unified School District', parent_account_id: '0015e00000AbCdEF12', lms: 'Clever SSO District AY 2026-2027' },
      },
      errors: {},
    });
  });

  it('reads a path through a ticket with no organization as null, not as an error', () => {
    expect(zafGet(model, onTicket(TICKETS.noOrganization), ['ticket.organization', 'ticket.organization.name'])).toEqual({
      'ticket.organization': null,
      'ticket.organization.name': null,
      errors: {},
    });
  });

  it('gives the current agent with the groups a Tier 2 check needs', () => {
    expect(zafGet(model, onTicket(TICKETS.escalatedTier2, USERS.tier2Agent), ['currentUser.groups', 'currentUser.role'])).toEqual({
      'currentUser.groups': [{ id: 200, name: 'Tier 2' }],
      'currentUser.role': 'agent',
      errors: {},
    });
  });

  it('reports unknown paths, and ticket paths outside a ticket, in errors', () => {
    const result = zafGet(model, { location: 'nav_bar', ticketId: null, currentUserId: USERS.tier2Agent }, ['ticket.id', 'currentUser.id', 'ticket.nope']);
    expect(result['currentUser.id']).toBe(USERS.tier2Agent);
    expect(Object.keys(result.errors)).toEqual(['ticket.id', 'ticket.nope']);
    expect(result.errors['ticket.id']?.message).toContain('ticket.id');
  });

  it('reads a custom field by its id', () => {
    model.updateTicket(TICKETS.ssoDistrict, { custom_fields: [{ id: 360001, value: 'clever_outcome_x' }] }, USERS.tier1Agent);
    expect(zafGet(model, onTicket(TICKETS.ssoDistrict), ['ticket.customField:custom_field_360001'])['ticket.customField:custom_field_360001']).toBe('clever_outcome_x');
  });
});

describe('zafSet', () => {
  it('saves ticket.tags normalised, as the agent', () => {
    const result = zafSet(model, onTicket(TICKETS.ssoDistrict), { 'ticket.tags': ['Clever', 'needs review'] });
    expect(result.errors).toEqual({});
    expect(model.ticket(TICKETS.ssoDistrict)?.tags).toEqual(['clever', 'needs', 'review']);
  });

  it('refuses what it cannot set, and what Zendesk refuses on a closed ticket', () => {
    expect(Object.keys(zafSet(model, onTicket(TICKETS.ssoDistrict), { 'ticket.requester': 1 }).errors)).toEqual(['ticket.requester']);
    expect(zafSet(model, onTicket(TICKETS.closed), { 'ticket.tags': ['x'] }).errors['ticket.tags']?.message).toContain('closed');
  });
});
