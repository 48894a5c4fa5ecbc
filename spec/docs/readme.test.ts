import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The README is for users: what the app is, how to try and install it. The rest lives in docs/, linked from it. */

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

it('README.md stays under 10 KB', () => {
  expect(Buffer.byteLength(readme, 'utf8')).toBeLessThan(10 * 1024);
});

it('every page README.md links to exists', () => {
  const links = [...readme.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string).filter((href) => !/^https?:/.test(href));
  expect(links.length).toBeGreaterThan(0);
  const missing = links.filter((href) => {
    try {
      readFileSync(join(__dirname, '../../', href));
      return false;
    } catch {
      return true;
    }
  });
  expect(missing).toEqual([]);
});
