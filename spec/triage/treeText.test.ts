import { DEFAULT_SETTINGS, parseSettings } from '../../src/triage/settings';
import { badPlaceholders, fill, linkUrl } from '../../src/triage/treeText';
import { fillParts, wherePart, type TextPart } from '../../src/triage/textParts';
import { TREE_IDS } from '../../src/triage/tree';
import { TREES } from '../../src/trees';

const settings = parseSettings({
  role_tier2_supervisors: 'First supervisor or Also first\nSecond supervisor\n\nLast resort',
  role_association_owner: 'The association owner',
  link_clever_overview: 'https://help.example.com/overview',
  link_user_search: 'https://tools.example.com/users?q={{user}}',
}).settings;

describe('filling placeholders from settings', () => {
  it('puts in the people behind roles, supervisors in escalation order', () => {
    expect(fill('Escalate to {{role.role_tier2_supervisors}}; report to {{ role.role_association_owner }}.', settings)).toBe(
      'Escalate to First supervisor or Also first, then Second supervisor, then Last resort; report to The association owner.',
    );
  });

  it('puts in links, and the user into the user search link', () => {
    expect(fill('See {{link.link_clever_overview}}.', settings)).toBe('See https://help.example.com/overview.');
    expect(linkUrl(settings, 'link_user_search', { user: 'a b@c' })).toBe('https://tools.example.com/users?q=a%20b%40c');
  });

  it('fills {{user}} only in the user search link: any other link keeps what the admin wrote', () => {
    const both = parseSettings({
      link_user_search: 'https://tools.example.com/users?q={{user}}',
      link_clever_overview: 'https://help.example.com/overview?who={{user}}',
    }).settings;
    expect(linkUrl(both, 'link_clever_overview', { user: 'jo@school.org' })).toBe('https://help.example.com/overview?who={{user}}');
    expect(linkUrl(both, 'link_user_search', { user: 'jo@school.org' })).toBe('https://tools.example.com/users?q=jo%40school.org');
  });

  it('a user search with no user to search for is no link, and says why', () => {
    expect(linkUrl(settings, 'link_user_search')).toBeNull();
    expect(linkUrl(settings, 'link_user_search', { user: '' })).toBeNull();
    expect(fill('Search {{link.link_user_search}}.', settings)).toBe('Search the Support Tools user search.');
    // A search link without {{user}} needs no user: it is shown as set.
    const plain = parseSettings({ link_user_search: 'https://tools.example.com/users' }).settings;
    expect(linkUrl(plain, 'link_user_search')).toBe('https://tools.example.com/users');
  });

  it('reads an unset optional link as the place in words, without an apology, never "undefined"', () => {
    expect(fill('See {{link.link_site_license_troubleshooting}}.', DEFAULT_SETTINGS)).toBe('See the site license troubleshooting article.');
  });

  it('leaves unknown placeholders as written, and reports them', () => {
    expect(fill('Ask {{role.role_nobody}} at {{link.nowhere}}.', settings)).toBe('Ask {{role.role_nobody}} at {{link.nowhere}}.');
    expect(badPlaceholders('{{role.role_nobody}} {{link.link_clever_overview}} {{user}} {{role.role_sales.x}}').map((p) => p.placeholder)).toEqual([
      '{{role.role_nobody}}',
      '{{user}}',
      '{{role.role_sales.x}}',
    ]);
  });
});

describe('procedure text as the sidebar shows it: words and links', () => {
  it('a set link is a link named in words, not its address in brackets', () => {
    expect(fillParts('Troubleshoot with its steps ({{link.link_clever_overview}}).', settings)).toEqual([
      { kind: 'text', text: 'Troubleshoot with its steps (' },
      { kind: 'link', href: 'https://help.example.com/overview', label: 'the Clever Overview and District Information article' },
      { kind: 'text', text: ').' },
    ]);
  });

  it('an unset link is the place in words, once, with nothing about the settings', () => {
    expect(fillParts('See {{link.link_site_license_troubleshooting}}.', DEFAULT_SETTINGS)).toEqual([
      { kind: 'text', text: 'See the site license troubleshooting article.' },
    ]);
  });

  it('the Clever support contact keeps its lines, and its email and sites are links', () => {
    expect(fillParts('Refer them to Clever support ({{role.role_clever_support}}).', DEFAULT_SETTINGS)).toEqual([
      { kind: 'text', text: 'Refer them to Clever support (Email: ' },
      { kind: 'link', href: 'mailto:enterprise-support@clever.com', label: 'enterprise-support@clever.com' },
      { kind: 'text', text: '\nSupport Help Center: ' },
      { kind: 'link', href: 'https://clever.com', label: 'clever.com' },
      { kind: 'text', text: '\nEnterprise Support Center: ' },
      { kind: 'link', href: 'https://support.clever.com', label: 'support.clever.com' },
      { kind: 'text', text: '\nHours: 7am-4pm PT; 5am-4pm PT in August and September).' },
    ]);
  });

  it('an address written in the text is a link; a sentence’s stop and brackets stay outside it', () => {
    expect(fillParts('Open (https://example.com/a?b=1). Then e.g. ask.', DEFAULT_SETTINGS)).toEqual([
      { kind: 'text', text: 'Open (' },
      { kind: 'link', href: 'https://example.com/a?b=1', label: 'https://example.com/a?b=1' },
      { kind: 'text', text: '). Then e.g. ask.' },
    ]);
  });

  it('an unknown placeholder stays as written', () => {
    expect(fillParts('Ask {{role.role_nobody}}.', DEFAULT_SETTINGS)).toEqual([{ kind: 'text', text: 'Ask {{role.role_nobody}}.' }]);
  });

  it('a place to look is its link, or the place in words when there is none to follow', () => {
    const search = { kind: 'link', link: 'link_user_search', label: 'Support Tools user search' } as const;
    expect(wherePart(search, settings, { user: 'jo@school.org' })).toEqual({ kind: 'link', href: 'https://tools.example.com/users?q=jo%40school.org', label: 'Support Tools user search' });
    expect(wherePart(search, settings)).toEqual({ kind: 'text', text: 'Support Tools user search' });
    expect(wherePart(search, DEFAULT_SETTINGS)).toEqual({ kind: 'text', text: 'Support Tools user search' });
    expect(wherePart({ kind: 'place', label: 'The Clever dashboard' }, settings)).toEqual({ kind: 'text', text: 'The Clever dashboard' });
  });

  it('with a default install, no text of any question or outcome shows an address outside a link, or a link without an address or a name', () => {
    const texts = TREE_IDS.flatMap((id) => [
      ...Object.values(TREES[id].nodes).flatMap((n) => [n.question, n.check, ...(n.notes ?? []), ...n.answers.map((a) => a.label)]),
      ...Object.values(TREES[id].outcomes).flatMap((o) => [o.title, ...o.agentActions, ...o.warnings, o.customerGuidance ?? '', o.handoff?.label ?? '']),
    ]);
    const parts: TextPart[] = texts.flatMap((text) => fillParts(text, DEFAULT_SETTINGS));
    const raw = parts.filter((p) => p.kind === 'text' && /https?:\/\/|@|\b[a-z0-9-]+\.(?:com|org)\b|no link set/i.test(p.text));
    const empty = parts.filter((p) => p.kind === 'link' && (p.href.trim() === '' || p.label.trim() === ''));
    expect({ raw, empty }).toEqual({ raw: [], empty: [] });
  });
});
