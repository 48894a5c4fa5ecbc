import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTING_SPECS, type SettingSpec } from '../../src/triage/settings';
import {
  formatJson,
  manifestParameter,
  settingsTable,
  syncManifest,
  syncTranslations,
  withSettingsTable,
  TABLE_END,
  TABLE_START,
  type JsonObject,
} from '../../scripts/manifest/generate';

const root = join(__dirname, '../..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const readJson = (file: string): JsonObject => JSON.parse(read(file)) as JsonObject;
const locales = readdirSync(join(root, 'translations')).filter((f) => f.endsWith('.json'));

interface Text { label: string; helpText: string }
const texts = (file: string): Record<string, Text> => (readJson(file).app as unknown as { parameters: Record<string, Text> }).parameters;

describe('manifest.json, the translations and docs/settings.md follow SETTING_SPECS', () => {
  it('manifest.json declares exactly the settings, as scripts/manifest.ts writes them', () => {
    expect(read('manifest.json')).toBe(formatJson(syncManifest(readJson('manifest.json'), SETTING_SPECS)));
  });

  it.each(locales)('translations/%s labels every setting, in SETTING_SPECS order, and nothing else', (name) => {
    const { json, missing } = syncTranslations(readJson(`translations/${name}`), SETTING_SPECS);
    expect(missing).toEqual([]);
    expect(read(`translations/${name}`)).toBe(formatJson(json));
  });

  it('docs/settings.md carries the generated settings table', () => {
    expect(read('docs/settings.md')).toBe(withSettingsTable(read('docs/settings.md'), settingsTable(SETTING_SPECS, readJson('translations/en.json'))));
  });

  it('scripts/manifest.ts --check agrees', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/manifest.ts', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  }, 30000);
});

describe('the manifest', () => {
  const manifest = readJson('manifest.json') as unknown as {
    private: boolean;
    version: string;
    frameworkVersion: string;
    defaultLocale: string;
    location: { support: { ticket_sidebar: { url: string; flexible: boolean } } };
    parameters: Array<{ name: string; secure?: boolean; default?: unknown; scopes?: string[] }>;
  };

  it('is a private ticket-sidebar app on framework 2.0', () => {
    expect(manifest.private).toBe(true);
    expect(manifest.frameworkVersion).toBe('2.0');
    expect(manifest.defaultLocale).toBe('en');
    expect(manifest.location.support.ticket_sidebar).toEqual({ url: 'assets/iframe.html', flexible: true });
  });

  it('has the version package.json has', () => {
    expect(manifest.version).toBe((readJson('package.json') as { version: string }).version);
  });

  it('keeps the Jira token secret: secure, no default, sent in a header only', () => {
    expect(manifest.parameters.find((p) => p.name === 'jira_token')).toEqual({ name: 'jira_token', type: 'text', required: false, secure: true, scopes: ['header'] });
  });

  it('names no phone number (people and their contacts are settings an admin fills in)', () => {
    expect(read('manifest.json')).not.toMatch(/\d{3}[.\- ]\d{3}[.\- ]\d{4}/);
  });
});

describe('help text an admin can act on', () => {
  it.each(locales)('translations/%s gives every setting a label and a help text', (name) => {
    for (const spec of SETTING_SPECS) {
      const text = texts(`translations/${name}`)[spec.name];
      expect({ setting: spec.name, label: Boolean(text?.label.trim()), helpText: (text?.helpText.length ?? 0) > 40 }).toEqual({ setting: spec.name, label: true, helpText: true });
    }
  });

  it.each(locales)('translations/%s states each one-line default as it is', (name) => {
    const oneLine = SETTING_SPECS.filter((s) => typeof s.default === 'string' && !s.default.includes('\n'));
    for (const spec of oneLine) {
      expect({ setting: spec.name, mentionsDefault: texts(`translations/${name}`)[spec.name]?.helpText.includes(`: ${String(spec.default)}.`) }).toEqual({ setting: spec.name, mentionsDefault: true });
    }
  });

  it('Spanish carries the same app keys as English', () => {
    const keys = (file: string): string[] => Object.keys(readJson(file).app as JsonObject).sort();
    expect(keys('translations/es.json')).toEqual(keys('translations/en.json'));
  });
});

describe('the generator', () => {
  const specs: SettingSpec[] = [
    { name: 'kept', type: 'text', required: true, default: 'x' },
    { name: 'added', type: 'url', required: false },
  ];

  it('reports a new setting without a label and drops the label of a removed one', () => {
    const translation = { app: { name: 'A', parameters: { gone: { label: 'Gone' }, kept: { label: 'Kept' } } }, other: { keep: 'me' } };
    const { json, missing } = syncTranslations(translation, specs);
    expect(missing).toEqual(['added']);
    expect(json).toEqual({ app: { name: 'A', parameters: { kept: { label: 'Kept' } } }, other: { keep: 'me' } });
  });

  it('never gives a secure setting a default', () => {
    expect(manifestParameter({ name: 'api_token', type: 'text', required: false, secure: true, default: 'leak' })).toEqual({
      name: 'api_token', type: 'text', required: false, secure: true, scopes: ['header'],
    });
  });

  it('regenerates only the parameters and keeps every other manifest key where it was', () => {
    const out = syncManifest({ name: 'A', parameters: [], version: '1' }, specs);
    expect(Object.keys(out)).toEqual(['name', 'parameters', 'version']);
    expect(out.parameters).toEqual([{ name: 'kept', type: 'text', required: true, default: 'x' }, { name: 'added', type: 'url', required: false }]);
  });

  it('writes a table whose cells survive pipes and line breaks', () => {
    const table = settingsTable([{ name: 'roles', type: 'multiline', required: true, default: 'a|b\nc' }], { app: { parameters: { roles: { label: 'Roles', helpText: 'One per line' } } } });
    expect(table.split('\n')[2]).toBe('| Roles | `roles` | multiline | yes | `a\\|b` <br> `c` | One per line |');
  });

  it('refuses a page without the table markers', () => {
    expect(withSettingsTable('# App\n', 'table')).toBeNull();
    expect(withSettingsTable(`a\n${TABLE_START}\nold\n${TABLE_END}\nb`, 'new')).toBe(`a\n${TABLE_START}\nnew\n${TABLE_END}\nb`);
  });
});
