import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';

const pngs = new Map<string, Buffer>();

/** A blank PNG of the given size: the validator reads only the header, so content does not matter. Memoised: encoding is slow under jsdom. */
export function blankPng(width: number, height = width): Buffer {
  const key = `${width}x${height}`;
  const png = pngs.get(key) ?? PNG.sync.write(new PNG({ width, height }));
  pngs.set(key, png);
  return png;
}

/** Only a PNG's signature and IHDR chunk: all the validator reads, and cheap at any size (a banner is 1660×400). */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

/** The smallest app the marketplace rules accept: every rule has something to check, and nothing to report. */
export function validAppFiles(): Record<string, string | Buffer> {
  return {
    'manifest.json': JSON.stringify({
      name: 'Fixture',
      author: { name: 'Fixture team', email: 'team@example.com', url: 'https://example.com' },
      defaultLocale: 'en',
      private: true,
      location: { support: { ticket_sidebar: { url: 'assets/iframe.html', flexible: true } } },
      version: '1.0.0',
      frameworkVersion: '2.0',
      domainWhitelist: ['example.atlassian.net'],
      parameters: [
        { name: 'greeting', type: 'text', required: true, default: 'hello' },
        { name: 'api_token', type: 'text', required: false, secure: true, scopes: ['header'] },
      ],
    }),
    'translations/en.json': JSON.stringify({
      app: { name: 'Fixture', parameters: { greeting: { label: 'Greeting' }, api_token: { label: 'API token' } } },
    }),
    'translations/pt-br.json': JSON.stringify({ app: { name: 'Fixture' } }),
    'assets/iframe.html': '<!doctype html><script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script><script src="app.js"></script>',
    'assets/app.js': 'document.createElementNS("http://www.w3.org/2000/svg","svg");const key=props.key;',
    'assets/logo.png': blankPng(320),
    'assets/logo-small.png': blankPng(128),
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>',
    'assets/screenshot-0.png': blankPng(64),
  };
}

/** Writes files into a fresh temporary directory; `null` leaves a file out. */
export function writeApp(files: Record<string, string | Buffer | null>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'app-fixture-'));
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The fixture's manifest with a change applied. */
export function manifestWith(change: (manifest: Record<string, unknown>) => void): string {
  const manifest = JSON.parse(validAppFiles()['manifest.json'] as string) as Record<string, unknown>;
  change(manifest);
  return JSON.stringify(manifest);
}
