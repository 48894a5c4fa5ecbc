import { DEFAULT_SETTINGS, parseSettings } from '../../src/triage/settings';
import { badPlaceholders, fill, linkUrl } from '../../src/triage/treeText';

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
    expect(fill('Search {{link.link_user_search}}.', settings)).toBe('Search the Support Tools user search (no requester email to search for).');
    // A search link without {{user}} needs no user: it is shown as set.
    const plain = parseSettings({ link_user_search: 'https://tools.example.com/users' }).settings;
    expect(linkUrl(plain, 'link_user_search')).toBe('https://tools.example.com/users');
  });

  it('reads an unset optional link as words, never "undefined"', () => {
    expect(fill('See {{link.link_site_license_troubleshooting}}.', DEFAULT_SETTINGS)).toBe(
      'See the site license troubleshooting article (no link set in the app settings).',
    );
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
