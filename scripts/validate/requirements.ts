/**
 * requirements.json: the resources Zendesk creates when an admin installs the app. The rules are Zendesk's own
 * (zendesk_apps_support's Requirements check), plus the keys each resource's create endpoint needs, which Zendesk
 * only finds out at install, when the admin is waiting.
 */
import { error, file, isObject, manifestOf, parseJson, type AppDir, type Finding, type Json, type JsonObject } from './shared';

export const REQUIREMENT_TYPES = [
  'automations', 'channel_integrations', 'custom_objects', 'macros', 'targets', 'views', 'ticket_fields', 'triggers',
  'user_fields', 'organization_fields', 'webhooks', 'custom_objects_v2',
] as const;
export const MAX_REQUIREMENTS = 5000;
export const MAX_CUSTOM_OBJECT_REQUIREMENTS = 50;

const RULE = 'requirements';
const PATH = 'requirements.json';

/** Types whose resources have no title of their own (Zendesk skips the title check for them). */
const UNTITLED = ['channel_integrations', 'custom_objects', 'webhooks', 'custom_objects_v2'];

/** The keys a resource must carry, by type: Zendesk's upload check, and the create endpoints' required fields. */
const REQUIRED_KEYS: Record<string, readonly string[]> = {
  // https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/#create-ticket-field ("type", "title")
  ticket_fields: ['type'],
  // https://developer.zendesk.com/api-reference/ticketing/users/user_fields/ and …/organizations/organization_fields/
  user_fields: ['key', 'type'],
  organization_fields: ['key', 'type'],
  channel_integrations: ['manifest_url'],
  webhooks: ['name', 'status', 'endpoint', 'http_method', 'request_format'],
};

/** Target types Zendesk no longer creates (it refuses them at upload). */
const RETIRED_TARGETS = ['http_target', 'url_target_v2'];

/**
 * "The request must include at least one condition in the `all` array that checks one of the following fields:
 * status, type, group_id, assignee_id, or requester_id" (https://developer.zendesk.com/api-reference/ticketing/business-rules/views/#create-view).
 */
const VIEW_ANCHOR_FIELDS = ['status', 'type', 'group_id', 'assignee_id', 'requester_id'];

/** How many requirements Zendesk counts: one per resource, one per entry of a list (custom object types). */
function countOf(items: JsonObject): number {
  return Object.values(items).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 1), 0);
}

function viewFindings(id: string, view: JsonObject): Finding[] {
  const all = view.all ?? (isObject(view.conditions) ? view.conditions.all : undefined);
  if (!Array.isArray(all) || all.length === 0) return [error(PATH, RULE, `views.${id} needs an "all" list of conditions`)];
  const anchored = all.some((c) => isObject(c) && typeof c.field === 'string' && VIEW_ANCHOR_FIELDS.includes(c.field));
  return anchored ? [] : [error(PATH, RULE, `views.${id}: one "all" condition must check ${VIEW_ANCHOR_FIELDS.join(', ')}`)];
}

function customObjectFindings(items: JsonObject): Finding[] {
  const out: Finding[] = [];
  if (countOf(items) > MAX_CUSTOM_OBJECT_REQUIREMENTS) out.push(error(PATH, RULE, `custom_objects: ${countOf(items)} requirements; at most ${MAX_CUSTOM_OBJECT_REQUIREMENTS}`));
  if (items.custom_object_types === undefined) out.push(error(PATH, RULE, 'custom_objects needs "custom_object_types"'));
  const shapes: Array<[string, readonly string[]]> = [
    ['custom_object_types', ['key', 'schema']],
    ['custom_object_relationship_types', ['key', 'source', 'target']],
  ];
  for (const [list, keys] of shapes) {
    const entries: Json[] = Array.isArray(items[list]) ? items[list] : [];
    entries.forEach((entry, i) => {
      for (const key of keys) if (!isObject(entry) || entry[key] === undefined) out.push(error(PATH, RULE, `custom_objects.${list}[${i}] needs "${key}"`));
    });
  }
  return out;
}

function resourceFindings(type: string, id: string, item: Json): Finding[] {
  if (item === null) return [];
  if (!isObject(item)) return [error(PATH, RULE, `${type}.${id} must be an object`)];
  const out: Finding[] = [];
  if (!UNTITLED.includes(type) && (typeof item.title !== 'string' || item.title.trim() === '')) out.push(error(PATH, RULE, `${type}.${id} needs a "title"`));
  for (const key of REQUIRED_KEYS[type] ?? []) {
    if (item[key] === undefined || item[key] === '') out.push(error(PATH, RULE, `${type}.${id} needs a "${key}"`));
  }
  if (type === 'views') out.push(...viewFindings(id, item));
  if (type === 'targets' && typeof item.type === 'string' && RETIRED_TARGETS.includes(item.type)) {
    out.push(error(PATH, RULE, `targets.${id}: type "${item.type}" is no longer accepted (use a webhook)`));
  }
  return out;
}

/** Zendesk creates requirements for Support and Sell apps only: not for a marketing-only app, nor a Chat-only one. */
function supportsRequirements(manifest: JsonObject | undefined): boolean {
  if (!manifest) return true;
  if (manifest.marketingOnly === true) return false;
  const products = isObject(manifest.location) ? Object.keys(manifest.location) : [];
  return !(products.length > 0 && products.every((p) => p === 'chat' || p === 'zopim'));
}

export function requirements(app: AppDir): Finding[] {
  const manifest = manifestOf(app);
  const f = file(app, PATH);
  if (!f || f.kind !== 'file') {
    return manifest?.requirementsOnly === true ? [error(PATH, RULE, 'missing: a requirementsOnly app must declare requirements')] : [];
  }
  if (!supportsRequirements(manifest)) return [error(PATH, RULE, 'requirements are created only for Support and Sell apps, not a marketing-only or Chat-only one')];
  const parsed = parseJson(f);
  if (!parsed.ok) return [error(PATH, RULE, `not valid JSON: ${parsed.reason}`)];
  if (!isObject(parsed.value)) return [error(PATH, RULE, 'must be a JSON object keyed by requirement type')];
  const out: Finding[] = [];
  let count = 0;
  const types: readonly string[] = REQUIREMENT_TYPES;
  for (const [type, items] of Object.entries(parsed.value)) {
    if (!types.includes(type)) {
      out.push(error(PATH, RULE, `unknown requirement type "${type}" (allowed: ${REQUIREMENT_TYPES.join(', ')})`));
      continue;
    }
    if (!isObject(items)) {
      out.push(error(PATH, RULE, `${type} must be an object keyed by identifier`));
      continue;
    }
    count += countOf(items);
    if (type === 'custom_objects') out.push(...customObjectFindings(items));
    else if (type !== 'custom_objects_v2') out.push(...Object.entries(items).flatMap(([id, item]) => resourceFindings(type, id, item)));
    if (type === 'channel_integrations' && Object.keys(items).length > 1) out.push(error(PATH, RULE, 'at most one channel integration'));
  }
  if (count > MAX_REQUIREMENTS) out.push(error(PATH, RULE, `${count} requirements; at most ${MAX_REQUIREMENTS}`));
  return out;
}
