import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_LOCATIONS, syncLocations } from '../../scripts/manifest/generate';

const root = join(__dirname, '../..');

describe('the app’s locations in manifest.json', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { location: unknown };

  it('are the ticket sidebar and the Tier 2 queue in the nav bar, one page for both, as scripts/manifest.ts writes them', () => {
    expect(manifest.location).toEqual({
      support: { ticket_sidebar: { url: 'assets/iframe.html', flexible: true }, nav_bar: { url: 'assets/iframe.html' } },
    });
    expect(manifest.location).toEqual(APP_LOCATIONS);
  });

  it('the nav bar has the icon Zendesk requires for it', () => {
    expect(existsSync(join(root, 'assets/icon_nav_bar.svg'))).toBe(true);
  });

  it('are set in place, every other key kept where it was', () => {
    const out = syncLocations({ name: 'A', location: { support: { ticket_sidebar: { url: 'old.html' } } }, version: '1' });
    expect(Object.keys(out)).toEqual(['name', 'location', 'version']);
    expect(out.location).toEqual(APP_LOCATIONS);
  });
});
