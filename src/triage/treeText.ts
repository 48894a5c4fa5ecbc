import { LINK_KEYS, ROLE_KEYS, type LinkKey, type RoleKey, type Settings } from './settings';

/**
 * Tree text holds placeholders for what an admin sets: `{{role.<RoleKey>}}` (a person or
 * team the procedure names) and `{{link.<LinkKey>}}` (a link it points to). Filled here,
 * for the sidebar and the note alike.
 */

export const PLACEHOLDER = /\{\{\s*(role|link)\.([A-Za-z0-9_]+)\s*\}\}/g;
/** Any `{{…}}`, known or not: what `trees:check` inspects. */
const ANY_PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/**
 * The words `fill` puts around what the settings hold, in one language: each link in words (what
 * an unset optional link reads as, so a sentence still makes sense, and a set link's name on
 * screen), and how the Tier 2 supervisors' ranks are joined. English here; the Spanish comes with the procedures' Spanish.
 */
export interface FillWords {
  links: Readonly<Record<LinkKey, string>>;
  /** Joins equals within one rank ("A or B"). */
  or: string;
  /** Joins the ranks in escalation order ("A, then B"). */
  then: string;
}

export const ENGLISH_FILL_WORDS: FillWords = {
  links: {
    link_clever_overview: 'the Clever Overview and District Information article',
    link_districts_using_clever: 'the Districts Using Clever list',
    link_clever_login_triage: 'the Clever Login Triage article',
    link_clever_support_center: 'the Clever Enterprise Support Center',
    link_user_search: 'the Support Tools user search',
    link_site_license_troubleshooting: 'the site license troubleshooting article',
    link_clever_ticket_sharing: 'the Clever_Ticket Sharing Process attachment',
    link_clever_sharing_settings: 'the Clever sharing settings help',
  },
  or: ' or ',
  then: ', then ',
};

export const isRoleKey = (k: string): k is RoleKey => (ROLE_KEYS as readonly string[]).includes(k);
export const isLinkKey = (k: string): k is LinkKey => (LINK_KEYS as readonly string[]).includes(k);

export interface FillVars {
  /** Put into the user search link's `{{user}}`. */
  user?: string;
  /** The language of the text being filled: English when absent. */
  words?: FillWords;
}

export function roleText(settings: Settings, key: RoleKey, words: FillWords = ENGLISH_FILL_WORDS): string {
  const value = settings[key];
  // The Tier 2 supervisors are ranks of equals, in the order the procedure escalates to them.
  return Array.isArray(value) ? value.map((rank) => rank.join(words.or)).join(words.then) : value;
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

/**
 * A link's URL, or the place in words when there is none to follow: a missing link is the admin's
 * to fix (the setup check names it), and the agent can still go there.
 */
export function linkText(settings: Settings, key: LinkKey, vars: FillVars = {}): string {
  return linkUrl(settings, key, vars) ?? (vars.words ?? ENGLISH_FILL_WORDS).links[key];
}

/** Fills role and link placeholders; an unknown placeholder stays as written (`trees:check` rejects it). */
export function fill(text: string, settings: Settings, vars: FillVars = {}): string {
  return text.replace(PLACEHOLDER, (whole, kind: string, key: string) => {
    if (kind === 'role' && isRoleKey(key)) return roleText(settings, key, vars.words);
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
