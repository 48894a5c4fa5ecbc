import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SETTING_SPECS } from '../../src/triage/settings';
import { appLocations, settingLabels } from '../assets';
import { zafTicket, zafUser } from '../zaf/shapes';
import type { ZendeskModel } from '../zendesk/model';
import { isEmpty, SECURE } from './settings';
import type { StandInApp } from './standInApp';

/** What the host page draws, as JSON: the whole page's state, and one ticket's view. */

/** Everything the host page needs to draw itself: secure settings by name only, as Zendesk's admin page shows them. */
export function hostState(app: StandInApp): unknown {
  const { model } = app;
  const agents = model.allUsers().filter((u) => u.role !== 'end-user');
  return {
    tickets: model.allTickets().map((t) => ({ id: t.id, label: model.label(t.id) ?? null, subject: t.subject, status: t.status, composer: model.composer(t.id) })),
    agents: agents.map((a) => zafUser(model, a.id)),
    requesters: model.allUsers().map((u) => ({ id: u.id, name: u.name })),
    organizations: model.allOrganizations().map((o) => ({ id: o.id, name: o.name })),
    settings: Object.fromEntries(Object.entries(app.settings).filter(([name]) => !SECURE.has(name))),
    secureSettingsSet: [...SECURE].filter((name) => !isEmpty(app.settings[name])),
    behaviour: app.behaviour,
    settingSpecs: SETTING_SPECS,
    settingLabels: settingLabels(),
    faults: model.faults.pending(),
    fixtureProblems: app.fixtureProblems,
    app: { built: existsSync(join(app.appDir, appLocations(app.appDir).ticket_sidebar)), locations: appLocations(app.appDir) },
  };
}

/** One ticket as the host page shows it: the ZAF view plus the conversation. */
export function ticketView(model: ZendeskModel, ticketId: number): unknown {
  const ticket = model.ticket(ticketId);
  if (!ticket) return null;
  return {
    ticket: zafTicket(model, ticket),
    groupName: ticket.group_id === null ? null : (model.group(ticket.group_id)?.name ?? null),
    comments: ticket.comments.map((c) => ({
      id: c.id,
      author: model.user(c.author_id)?.name ?? `user ${c.author_id}`,
      public: c.public,
      body: c.body,
      createdAt: c.created_at,
    })),
  };
}
