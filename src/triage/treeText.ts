import { LINK_KEYS, ROLE_KEYS, type LinkKey, type RoleKey, type Settings } from './settings';

/**
 * Tree text holds placeholders for what an admin sets: `{{role.<RoleKey>}}` (a person or
 * team the procedure names) and `{{link.<LinkKey>}}` (a link it points to). Filled here,
 * for the sidebar and the note alike.
 */

const PLACEHOLDER = /\{\{\s*(role|link)\.([A-Za-z0-9_]+)\s*\}\}/g;
/** Any `{{…}}`, known or not: what `trees:check` inspects. */
const ANY_PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** What an unset optional link reads as, so a sentence still makes sense. */
export const LINK_LABELS: Record<LinkKey, string> = {
  link_clever_overview: 'the Clever Overview and District Information article',
  link_districts_using_clever: 'the Districts Using Clever list',
  link_clever_login_triage: 'the Clever Login Triage article',
  link_clever_support_center: 'the Clever Enterprise Support Center',
  link_user_search: 'the Support Tools user search',
  link_site_license_troubleshooting: 'the site license troubleshooting article',
  link_clever_ticket_sharing: 'the Clever_Ticket Sharing Process attachment',
  link_clever_sharing_settings: 'the Clever sharing settings help',
};

const isRoleKey = (k: string): k is RoleKey => (ROLE_KEYS as readonly string[]).includes(k);
const isLinkKey = (k: string): k is LinkKey => (LINK_KEYS as readonly string[]).includes(k);

export interface FillVars {
  /** Put into the user search link's `{{user}}`. */
  user?: string;
}

export function roleText(settings: Settings, key: RoleKey): string {
  const value = settings[key];
  // The Tier 2 supervisors are ranks of equals, in the order the procedure escalates to them.
  return Array.isArray(value) ? value.map((rank) => rank.join(' or ')).join(', then ') : value;
}

const USER = /\{\{\s*user\s*\}\}/g;

/**
 * A link's URL, or `null` when an optional link is not set, or when the user search has no user
 * to search for (no requester email): a search for a literal `{{user}}` finds nothing. Only the
 * user search takes `{{user}}`; in any other link it is the admin's text, left as written.
 */
export function linkUrl(settings: Settings, key: LinkKey, vars: FillVars = {}): string | null {
  const url = settings[key];
  if (url === undefined || key !== 'link_user_search' || url.match(USER) === null) return url ?? null;
  return vars.user ? url.replace(USER, encodeURIComponent(vars.user)) : null;
}

export function linkText(settings: Settings, key: LinkKey, vars: FillVars = {}): string {
  const why = settings[key] === undefined ? 'no link set in the app settings' : 'no requester email to search for';
  return linkUrl(settings, key, vars) ?? `${LINK_LABELS[key]} (${why})`;
}

/** Fills role and link placeholders; an unknown placeholder stays as written (`trees:check` rejects it). */
export function fill(text: string, settings: Settings, vars: FillVars = {}): string {
  return text.replace(PLACEHOLDER, (whole, kind: string, key: string) => {
    if (kind === 'role' && isRoleKey(key)) return roleText(settings, key);
    if (kind === 'link' && isLinkKey(key)) return linkText(settings, key, vars);
    return whole;
  });
}

export type PlaceholderProblem = { placeholder: string; reason: string };

/** Placeholders in `text` that `fill` would not fill. */
export function badPlaceholders(text: string): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  for (const m of text.matchAll(ANY_PLACEHOLDER)) {
    const inner = (m[1] ?? '').trim();
    const [kind, key, ...rest] = inner.split('.');
    const known =
      rest.length === 0 && key !== undefined && ((kind === 'role' && isRoleKey(key)) || (kind === 'link' && isLinkKey(key)));
    if (!known) problems.push({ placeholder: m[0], reason: `not a known {{role.<key>}} or {{link.<key>}}` });
  }
  return problems;
}
