import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LINK_KEYS } from '../src/triage/settings';
import { INSIGHTS_ORGANIZATIONS, INSIGHTS_TICKETS, INSIGHTS_USERS } from './insightsFixtures';
import { TEXT_TICKET_SEED, TEXT_TICKETS } from './textTickets';
import { MAX_COMMENTS, TICKET_STATUSES, TICKET_TYPES, type Seed, type SeedComment, type SeedTicket } from './zendesk/model';

/**
 * The stand-in's Zendesk account: schools (organizations) with the three custom fields the
 * procedure reads under their default keys (`parent_account`, `parent_account_id`, `lms`),
 * a ticket per case the sidebar must handle, Tier 1 and Tier 2 agents, and an admin.
 * Names are invented. Extra fixtures can be loaded from JSON (`FIXTURES=file npm start`, or
 * the host page): they are validated here, item by item, so one bad record is named and
 * skipped while the rest load.
 */

export const GROUPS = { tier1: { id: 100, name: 'Tier 1' }, tier2: { id: 200, name: 'Tier 2' } } as const;

export const USERS = {
  tier1Agent: 1001,
  tier2Agent: 1002,
  admin: 1003,
  /** A Tier 1 agent whose Zendesk language is Spanish: the app's words and the procedures follow it. */
  tier1AgentEs: 1004,
} as const;

/** Custom ticket fields an admin may name in `outcome_field_id`: a text field, a dropdown, and one switched off. */
export const TICKET_FIELDS = { outcomeText: 360001, outcomeDropdown: 360002, inactive: 360003, createdAtInstall: 360004 } as const;

/** The stand-in's installation (the host page's `installationId`) and what Zendesk created for it from requirements.json. */
export const INSTALLATION = {
  id: 4243,
  requirements: [
    { identifier: 'clever_escalated_tier2_view', requirement_id: 7001, requirement_type: 'views' },
    { identifier: 'clever_tier2_returned_view', requirement_id: 7002, requirement_type: 'views' },
    { identifier: 'clever_outcome_field', requirement_id: TICKET_FIELDS.createdAtInstall, requirement_type: 'ticket_fields' },
  ],
} as const;

/** An address for every link setting, as an admin fills them in (the pages are invented). */
export const LINK_SETTINGS: Readonly<Record<string, string>> = Object.fromEntries(LINK_KEYS.map((key) => [key, `https://help.example.com/${key}`]));

/**
 * Settings that fail the setup check against the built-in account: a field key no field has, a Tier 1 group that
 * does not exist, a dropdown as the outcome field, an SSO wording no organization uses, the user search link left
 * empty (the other links set), and a Jira site outside the domain whitelist the app was built with.
 */
export const BROKEN_SETUP_SETTINGS = {
  ...LINK_SETTINGS,
  parent_account_field: 'district_name',
  tier1_group_id: 999,
  outcome_field_id: TICKET_FIELDS.outcomeDropdown,
  lms_sso_text: 'Clever Single Sign-On',
  link_user_search: '',
  jira_base_url: 'https://jira.district.example',
  jira_project: 'SUP',
};

export const TICKETS = {
  ssoDistrict: 101,
  rosteringDistrict: 102,
  parentAccountNoLms: 103,
  notClever: 104,
  noOrganization: 105,
  oldAcademicYear: 106,
  hostile: 107,
  closed: 108,
  escalatedTier2: 109,
  ...TEXT_TICKETS,
  spanishRequester: 110,
} as const;

/** Markup that would run if any page rendered a field as HTML. Each sets `window.__xss`. */
export const XSS = {
  img: '<img src=x onerror=window.__xss=1>',
  script: '<script>window.__xss=1</script>',
  svg: '"><svg onload=window.__xss=1>',
  attr: `' onmouseover='window.__xss=1' "`,
} as const;

const hostile = (label: string): string => `${label} ${XSS.img} ${XSS.script} ${XSS.svg} ${XSS.attr} & "quotes"`;

/** Long enough to overflow a 320px sidebar many times over. */
const LONG = `${hostile('Long')} ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(80)}`.trim();

const at = (iso: string): string => new Date(iso).toISOString();

export const BUILTIN_SEED: Seed = {
  groups: [GROUPS.tier1, GROUPS.tier2],
  users: [
    { id: USERS.tier1Agent, name: 'Sam Rivera (Tier 1)', email: 'sam.rivera@example.com', role: 'agent', locale: 'en-US', organization_id: null, group_ids: [100] },
    { id: USERS.tier2Agent, name: 'Jordan Lee (Tier 2)', email: 'jordan.lee@example.com', role: 'agent', locale: 'en-US', organization_id: null, group_ids: [200] },
    { id: USERS.admin, name: 'Casey Morgan (Admin)', email: 'casey.morgan@example.com', role: 'admin', locale: 'en-US', organization_id: null, group_ids: [100, 200] },
    { id: USERS.tier1AgentEs, name: 'Ana Torres (Tier 1, español)', email: 'ana.torres@example.com', role: 'agent', locale: 'es', organization_id: null, group_ids: [100] },
    { id: 2001, name: 'Pat Teacher', email: 'pat.teacher@lincoln.example.org', role: 'end-user', locale: 'en-US', organization_id: 501, group_ids: [] },
    { id: 2002, name: 'Robin Admin', email: 'robin@maple.example.org', role: 'end-user', locale: 'en-US', organization_id: 502, group_ids: [] },
    { id: 2003, name: 'Chris Instructor', email: 'chris@oakwood.example.org', role: 'end-user', locale: 'en-US', organization_id: 503, group_ids: [] },
    { id: 2004, name: 'Dana Teacher', email: 'dana@stagnes.example.org', role: 'end-user', locale: 'en-US', organization_id: 504, group_ids: [] },
    { id: 2005, name: 'Lee Parent', email: 'lee.parent@example.net', role: 'end-user', locale: 'en-US', organization_id: null, group_ids: [] },
    { id: 2006, name: 'Morgan Teacher', email: 'morgan@westfield.example.org', role: 'end-user', locale: 'en-US', organization_id: 505, group_ids: [] },
    { id: 2007, name: hostile('Requester'), email: 'hostile@example.org', role: 'end-user', locale: 'en-US', organization_id: 506, group_ids: [] },
    { id: 2008, name: 'Lucía Maestra', email: 'lucia.maestra@lincoln.example.org', role: 'end-user', locale: 'es-419', organization_id: 501, group_ids: [] },
    ...INSIGHTS_USERS,
  ],
  organizations: [
    {
      id: 501,
      name: 'Lincoln High School',
      tags: ['clever', 'k12'],
      organization_fields: { parent_account: 'Springfield Unified School District', parent_account_id: '0015e00000AbCdEF12', lms: 'Clever SSO District AY 2026-2027' },
    },
    {
      id: 502,
      name: 'Maple Middle School',
      tags: ['clever', 'k12'],
      organization_fields: { parent_account: 'Riverside County Schools', parent_account_id: '0015e00000RsTuVw34', lms: 'Clever Rostering District AY 2026-2027' },
    },
    {
      id: 503,
      name: 'Oakwood Elementary School',
      tags: ['k12'],
      organization_fields: { parent_account: 'Oakwood Valley School District', parent_account_id: '0015e00000OkVa5678', lms: '' },
    },
    {
      id: 504,
      name: 'St. Agnes Academy',
      tags: ['private_school'],
      organization_fields: { parent_account: null, parent_account_id: null, lms: null },
    },
    {
      id: 505,
      name: 'Westfield Preparatory School',
      tags: ['clever'],
      organization_fields: { parent_account: 'Westfield Public Schools', parent_account_id: '0015e00000WfPs9012', lms: 'Clever SSO District AY 2017-2018' },
    },
    {
      id: 506,
      name: hostile('School'),
      tags: ['clever', 'x"><b>bold</b>'],
      organization_fields: { parent_account: LONG, parent_account_id: hostile('0015e00000'), lms: `Clever SSO District AY 2026-2027 ${hostile('LMS')}` },
    },
    ...INSIGHTS_ORGANIZATIONS,
  ],
  ticket_fields: [
    { id: TICKET_FIELDS.outcomeText, type: 'text', title: 'Clever outcome', active: true, custom_field_options: [] },
    {
      id: TICKET_FIELDS.outcomeDropdown,
      type: 'tagger',
      title: 'Clever outcome (dropdown)',
      active: true,
      custom_field_options: [
        { name: 'Not a Clever district', value: 'not_clever' },
        { name: 'Referred to the district admin', value: 'refer_district_admin' },
      ],
    },
    { id: TICKET_FIELDS.inactive, type: 'text', title: 'Old outcome', active: false, custom_field_options: [] },
    { id: TICKET_FIELDS.createdAtInstall, type: 'text', title: 'Clever triage outcome', active: true, custom_field_options: [] },
  ],
  organization_fields: [
    { id: 8001, key: 'parent_account', type: 'text', title: 'Parent Account', active: true, custom_field_options: [] },
    { id: 8002, key: 'parent_account_id', type: 'text', title: 'Parent Account ID', active: true, custom_field_options: [] },
    { id: 8003, key: 'lms', type: 'text', title: 'LMS', active: true, custom_field_options: [] },
  ],
  installation: { id: INSTALLATION.id, requirements: INSTALLATION.requirements.map((r) => ({ ...r })) },
  tickets: [
    {
      id: TICKETS.ssoDistrict,
      label: 'Clever SSO district',
      // The agent left the reply box on internal note: the app's Insert into reply has to switch it.
      composer: 'internalNote',
      subject: 'Teacher cannot sign in through Clever',
      status: 'open',
      tags: ['clever', 'login'],
      group_id: 100,
      assignee_id: USERS.tier1Agent,
      organization_id: 501,
      requester_id: 2001,
      comments: [{ author_id: 2001, public: true, created_at: at('2026-11-20T14:02:00Z'), body: 'When I click the VHL Central icon in Clever I get an error page. Can you help?' }],
    },
    {
      id: TICKETS.rosteringDistrict,
      label: 'Clever rostering district',
      subject: 'Student missing from my course roster',
      status: 'open',
      tags: ['roster'],
      group_id: 100,
      assignee_id: USERS.tier1Agent,
      organization_id: 502,
      requester_id: 2002,
      comments: [{ author_id: 2002, public: true, created_at: at('2026-11-19T09:30:00Z'), body: 'A student was added to the section in Clever yesterday but does not show in the course.' }],
    },
    {
      id: TICKETS.parentAccountNoLms,
      label: 'Clever parent account, LMS field empty',
      subject: 'Login problem at Oakwood',
      status: 'new',
      tags: [],
      group_id: 100,
      organization_id: 503,
      requester_id: 2003,
      comments: [{ author_id: 2003, public: true, created_at: at('2026-11-21T16:45:00Z'), body: 'My students get "account not found" when they log in.' }],
    },
    {
      id: TICKETS.notClever,
      label: 'School not in a Clever district',
      subject: 'How do I log in with Clever?',
      status: 'open',
      tags: [],
      group_id: 100,
      organization_id: 504,
      requester_id: 2004,
      comments: [{ author_id: 2004, public: true, created_at: at('2026-11-18T11:00:00Z'), body: 'Our school is interested in using Clever. How do we start?' }],
    },
    {
      id: TICKETS.noOrganization,
      label: 'Ticket with no organization',
      subject: "My child can't get into the course",
      status: 'new',
      tags: [],
      group_id: null,
      organization_id: null,
      requester_id: 2005,
      comments: [{ author_id: 2005, public: true, created_at: at('2026-11-22T08:15:00Z'), body: 'The login page keeps sending us back to the start.' }],
    },
    {
      id: TICKETS.oldAcademicYear,
      label: 'District record from an old academic year (AY 2017-2018)',
      subject: 'Clever login stopped working',
      status: 'open',
      tags: [],
      group_id: 100,
      organization_id: 505,
      requester_id: 2006,
      comments: [{ author_id: 2006, public: true, created_at: at('2026-11-17T13:20:00Z'), body: 'Clever used to work for us but not this year.' }],
    },
    {
      id: TICKETS.hostile,
      label: 'Hostile markup in every field',
      subject: hostile('Subject'),
      status: 'open',
      tags: ['clever'],
      group_id: 100,
      organization_id: 506,
      requester_id: 2007,
      comments: [
        { author_id: 2007, public: true, created_at: at('2026-11-16T10:00:00Z'), body: hostile('Comment') },
        { author_id: USERS.tier1Agent, public: false, created_at: at('2026-11-16T10:05:00Z'), body: LONG },
      ],
    },
    {
      id: TICKETS.closed,
      label: 'Closed ticket',
      subject: 'Clever login fixed last month',
      status: 'closed',
      tags: ['clever', 'clever_district_sso'],
      group_id: 100,
      organization_id: 501,
      requester_id: 2001,
      comments: [
        { author_id: 2001, public: true, created_at: at('2026-10-01T09:00:00Z'), body: 'Clever login fails.' },
        { author_id: USERS.tier1Agent, public: true, created_at: at('2026-10-02T09:00:00Z'), body: 'Fixed: the district re-shared the application.' },
      ],
    },
    {
      id: TICKETS.escalatedTier2,
      label: 'Escalated to Tier 2',
      subject: 'Rostered student still missing after 24 hours',
      status: 'open',
      tags: ['clever_district_rostering', 'clever_tree_access', 'clever_escalated_tier2'],
      group_id: 200,
      organization_id: 502,
      requester_id: 2002,
      comments: [
        { author_id: 2002, public: true, created_at: at('2026-11-12T09:00:00Z'), body: 'A student added in Clever three days ago still is not in the course.' },
        {
          author_id: USERS.tier1Agent,
          public: false,
          created_at: at('2026-11-14T10:00:00Z'),
          body: 'Escalating to Tier 2: student added to the Clever section on 11/11, sections linked, still missing after 24 hours.',
        },
      ],
    },
    ...TEXT_TICKET_SEED,
    {
      id: TICKETS.spanishRequester,
      label: 'Spanish-speaking requester (Clever SSO district)',
      subject: 'No puedo entrar con Clever',
      status: 'open',
      tags: ['clever', 'login'],
      group_id: 100,
      assignee_id: USERS.tier1Agent,
      organization_id: 501,
      requester_id: 2008,
      comments: [{ author_id: 2008, public: true, created_at: at('2026-11-23T15:10:00Z'), body: 'Al hacer clic en el icono de VHL Central en Clever me sale una página de error. ¿Me pueden ayudar?' }],
    },
    ...INSIGHTS_TICKETS,
  ],
};

// ---- validation of fixtures loaded from JSON ----

const id = z.number().int().positive();

const groupSchema = z.object({ id, name: z.string().min(1) });

const ticketFieldSchema = z.object({
  id,
  type: z.string().min(1),
  title: z.string(),
  active: z.boolean().default(true),
  custom_field_options: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
});

const userSchema = z.object({
  id,
  name: z.string(),
  email: z.string().nullable().default(null),
  role: z.enum(['end-user', 'agent', 'admin']),
  locale: z.string().default('en-US'),
  organization_id: id.nullable().default(null),
  group_ids: z.array(id).default([]),
});

const organizationSchema = z.object({
  id,
  name: z.string(),
  tags: z.array(z.string()).default([]),
  // Values stay `unknown`: an admin's fields can hold anything, and the app must cope.
  organization_fields: z.record(z.string(), z.unknown()).default({}),
});

const ticketSchema = z.object({
  id,
  label: z.string().optional(),
  composer: z.enum(['publicReply', 'internalNote']).optional(),
  subject: z.string(),
  status: z.enum(TICKET_STATUSES).default('open'),
  tags: z.array(z.string()).default([]),
  comments: z
    .array(z.object({ author_id: id, body: z.string(), public: z.boolean(), created_at: z.iso.datetime().optional() }))
    .default([]),
  group_id: id.nullable().default(null),
  assignee_id: id.nullable().default(null),
  organization_id: id.nullable().default(null),
  requester_id: id,
  custom_fields: z.array(z.object({ id, value: z.union([z.string(), z.number(), z.boolean(), z.null()]) })).default([]),
  type: z.enum(TICKET_TYPES).nullable().default(null),
  problem_id: id.nullable().default(null),
  age_days: z.number().nonnegative().optional(),
});

const organizationFieldSchema = z.object({
  id,
  key: z.string().regex(/^[A-Za-z0-9_]+$/),
  type: z.string(),
  title: z.string(),
  active: z.boolean().default(true),
  custom_field_options: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
});

const COLLECTIONS = {
  groups: groupSchema,
  users: userSchema,
  organizations: organizationSchema,
  tickets: ticketSchema,
  ticket_fields: ticketFieldSchema,
  organization_fields: organizationFieldSchema,
} as const;
type Collection = keyof typeof COLLECTIONS;

/** The id `withLongTicket` gives its ticket: not a built-in one. */
export const LONG_TICKET = 990;

/**
 * The built-in account plus a ticket holding as many comments as Zendesk allows (or `total`): `oldest` first,
 * then the requester's replies, one a minute, the newest an hour before `now`. For the bounds on
 * requests: a read of it that pages through everything makes 50 requests.
 */
export function withLongTicket({ oldest = [], total = MAX_COMMENTS, now = Date.now() }: { oldest?: SeedComment[]; total?: number; now?: number } = {}): Seed {
  const replies = total - oldest.length;
  const minute = 60_000;
  const firstAt = now - 3_600_000 - replies * minute;
  const comments: SeedComment[] = [
    ...oldest.map((c) => ({ ...c, created_at: c.created_at ?? new Date(firstAt - minute).toISOString() })),
    ...Array.from({ length: replies }, (_, i) => ({ author_id: 2001, public: true, body: `Reply ${i + 1}`, created_at: new Date(firstAt + i * minute).toISOString() })),
  ];
  const ticket: SeedTicket = {
    id: LONG_TICKET,
    subject: 'A very long conversation',
    status: 'open',
    tags: ['clever', 'login'],
    comments,
    group_id: GROUPS.tier1.id,
    organization_id: 501,
    requester_id: 2001,
  };
  return { ...BUILTIN_SEED, tickets: [...BUILTIN_SEED.tickets, ticket] };
}

export interface LoadedFixtures {
  /** What was valid: records keyed by collection. */
  seed: Seed;
  /** One line per record or file that could not be used, naming it and what is wrong. */
  problems: string[];
}

const empty = (): Seed => ({ groups: [], users: [], organizations: [], tickets: [], ticket_fields: [], organization_fields: [] });

/** Validates fixtures from anywhere (a file, the host page), record by record. Never throws. */
export function parseFixtures(raw: unknown, source: string): LoadedFixtures {
  const seed = empty();
  const problems: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { seed, problems: [`${source}: expected an object with groups, users, organizations and/or tickets`] };
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(key in COLLECTIONS)) problems.push(`${source}: unknown key "${key}" (expected groups, users, organizations, tickets, ticket_fields, organization_fields)`);
  }
  for (const collection of Object.keys(COLLECTIONS) as Collection[]) {
    const items = input[collection];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      problems.push(`${source}: ${collection} must be a list`);
      continue;
    }
    items.forEach((item: unknown, index) => {
      const parsed = COLLECTIONS[collection].safeParse(item);
      if (parsed.success) {
        (seed[collection] as unknown[]).push(parsed.data);
        return;
      }
      const itemId = (item as { id?: unknown } | null)?.id;
      const where = `${source}: ${collection}[${index}]${itemId !== undefined ? ` (id ${JSON.stringify(itemId)})` : ''}`;
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
      problems.push(`${where}: ${issues}`);
    });
  }
  return { seed, problems };
}

/** Tickets that name an organization or requester the account does not hold (checked after merging). */
export function danglingReferences(seed: Seed, source: string): string[] {
  const orgs = new Set(seed.organizations.map((o) => o.id));
  const users = new Set(seed.users.map((u) => u.id));
  return seed.tickets.flatMap((t) => [
    ...(t.organization_id !== null && !orgs.has(t.organization_id) ? [`${source}: ticket ${t.id} names organization ${t.organization_id}, which is not in the fixtures`] : []),
    ...(!users.has(t.requester_id) ? [`${source}: ticket ${t.id} names requester ${t.requester_id}, which is not in the fixtures`] : []),
  ]);
}

/** Records of `extra` replace those of `base` with the same id; the rest are added. */
export function mergeSeeds(base: Seed, extra: Seed): Seed {
  const merge = <T extends { id: number }>(a: T[], b: T[]): T[] => [...a.filter((x) => !b.some((y) => y.id === x.id)), ...b];
  return {
    groups: merge(base.groups, extra.groups),
    users: merge(base.users, extra.users),
    organizations: merge(base.organizations, extra.organizations),
    tickets: merge(base.tickets, extra.tickets),
    ticket_fields: merge(base.ticket_fields ?? [], extra.ticket_fields ?? []),
    organization_fields: merge(base.organization_fields ?? [], extra.organization_fields ?? []),
    ...(base.installation && { installation: base.installation }),
  };
}

/** The built-in fixtures plus a JSON file's, when one is given. An unreadable file is a problem, not a crash. */
export function loadFixtures(file?: string): LoadedFixtures {
  // The installation is the stand-in's own (its id is the host page's), not a fixture collection.
  const { installation, ...collections } = BUILTIN_SEED;
  const parsed = parseFixtures(collections, 'built-in fixtures');
  const builtin = { ...parsed, seed: { ...parsed.seed, ...(installation && { installation }) } };
  if (!file) return { seed: builtin.seed, problems: [...builtin.problems, ...danglingReferences(builtin.seed, 'built-in fixtures')] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { seed: builtin.seed, problems: [...builtin.problems, `${file}: could not be read as JSON (${reason}); using the built-in fixtures only`] };
  }
  const extra = parseFixtures(raw, file);
  const merged = mergeSeeds(builtin.seed, extra.seed);
  return { seed: merged, problems: [...builtin.problems, ...extra.problems, ...danglingReferences(merged, file)] };
}
