import { ENGLISH_FILL_WORDS, isLinkKey, isRoleKey, linkUrl, PLACEHOLDER, roleText, type FillVars } from './treeText';
import type { Settings } from './settings';
import type { Where } from './tree';

/**
 * Procedure text as the sidebar shows it: words and links, never an address in brackets. A link
 * placeholder is a link named in words (the language's `FillWords.links`), or those words alone when the admin set
 * no link: a missing link is the admin's to fix, not the agent's to read about. An address
 * written out in the text or in a setting (the Clever support contact's email and sites) is a
 * link too. A setting's line breaks stay in the words, for the screen to keep.
 */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string; label: string };

/**
 * An address as people write one: a web address with its scheme, an email, or a bare host on a
 * common top-level domain ("support.clever.com"). Never a sentence's dot: the host needs a known
 * ending, and a trailing stop or bracket is not part of the address.
 */
const ADDRESS = /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"’”]|\b[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b|\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|us)\b(?:\/[^\s<>()]*[^\s<>().,;:!?'"’”])?/gi;

function hrefOf(address: string): string {
  if (/^https?:\/\//i.test(address)) return address;
  return address.includes('@') ? `mailto:${address}` : `https://${address}`;
}

/** Words, with each address in them made a link named by itself. */
export function withAddresses(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(ADDRESS)) {
    const start = m.index ?? 0;
    if (start > at) parts.push({ kind: 'text', text: text.slice(at, start) });
    parts.push({ kind: 'link', href: hrefOf(m[0]), label: m[0] });
    at = start + m[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** Adjacent words joined, so a screen renders one run of text between links. */
function joined(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (part.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + part.text };
    else if (part.kind === 'link' || part.text !== '') out.push(part);
  }
  return out;
}

/** `fill` for the screen: the same words, with links as links. An unknown placeholder stays as written. */
export function fillParts(text: string, settings: Settings, vars: FillVars = {}): TextPart[] {
  const words = vars.words ?? ENGLISH_FILL_WORDS;
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const [whole, kind = '', key = ''] = m;
    const start = m.index ?? 0;
    parts.push(...withAddresses(text.slice(at, start)));
    at = start + whole.length;
    if (kind === 'role' && isRoleKey(key)) parts.push(...withAddresses(roleText(settings, key, words)));
    else if (kind === 'link' && isLinkKey(key)) {
      const href = linkUrl(settings, key, vars);
      const label = words.links[key];
      parts.push(href === null ? { kind: 'text', text: label } : { kind: 'link', href, label });
    } else parts.push({ kind: 'text', text: whole });
  }
  parts.push(...withAddresses(text.slice(at)));
  return joined(parts);
}

/** A place to look: its link when the admin set one (and the user search has a user), else the place in words. */
export function wherePart(where: Where, settings: Settings, vars: FillVars = {}): TextPart {
  const href = where.kind === 'link' ? linkUrl(settings, where.link, vars) : null;
  return href === null ? { kind: 'text', text: where.label } : { kind: 'link', href, label: where.label };
}
