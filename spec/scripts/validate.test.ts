import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { loadAppDir } from '../../scripts/validate/load';
import { formatFinding, looksLikeCredential, looksRandom, pngSize, validateApp, type Finding } from '../../scripts/validate/rules';
import { blankPng, manifestWith, pngHeader, validAppFiles, writeApp } from './appFixture';

const root = join(__dirname, '../..');

function findingsFor(overrides: Record<string, string | Buffer | null>, prepare?: (dir: string) => void): Finding[] {
  const app = writeApp({ ...validAppFiles(), ...overrides });
  try {
    prepare?.(app.dir);
    return validateApp(loadAppDir(app.dir));
  } finally {
    app.cleanup();
  }
}

const errorsOf = (findings: Finding[]): string[] => findings.filter((f) => f.severity === 'error').map(formatFinding);

describe('a complete app', () => {
  it('passes every rule without an error or a warning', () => {
    expect(findingsFor({}).map(formatFinding)).toEqual([]);
  });

  it("the repository's own manifest, translations, page and logos pass", () => {
    const app = writeApp({});
    try {
      const copy = (from: string, to = from): void => {
        mkdirSync(join(app.dir, to, '..'), { recursive: true });
        copyFileSync(join(root, from), join(app.dir, to));
      };
      copy('manifest.json');
      for (const name of readdirSync(join(root, 'translations'))) copy(`translations/${name}`);
      for (const name of ['iframe.html', 'logo.png', 'logo-small.png', 'logo.svg']) copy(`assets/${name}`);
      expect(errorsOf(validateApp(loadAppDir(app.dir)))).toEqual([]);
    } finally {
      app.cleanup();
    }
  });
});

type Case = [description: string, overrides: Record<string, string | Buffer | null>, rule: string, message: RegExp, prepare?: (dir: string) => void];

const cases: Case[] = [
  ['a package without manifest.json', { 'manifest.json': null }, 'manifest-file', /missing/],
  ['a manifest that is not JSON', { 'manifest.json': '{ "name": ' }, 'manifest-file', /not valid JSON/],
  ['a manifest with a key Zendesk does not know', { 'manifest.json': manifestWith((m) => (m.sidebarWidth = 300)) }, 'manifest-keys', /unknown key "sidebarWidth"/],
  ['a manifest without an author', { 'manifest.json': manifestWith((m) => delete m.author) }, 'manifest-keys', /required key "author"/],
  ['a manifest without a defaultLocale', { 'manifest.json': manifestWith((m) => delete m.defaultLocale) }, 'manifest-keys', /required key "defaultLocale"/],
  ['"private" as a string', { 'manifest.json': manifestWith((m) => (m.private = 'yes')) }, 'manifest-keys', /"private" must be true or false/],
  ['an author url over http', { 'manifest.json': manifestWith((m) => (m.author = { name: 'a', email: 'a@example.com', url: 'ftp://example.com' })) }, 'author', /must be an https:\/\/ address/],
  ['an author without an email', { 'manifest.json': manifestWith((m) => (m.author = { name: 'a', url: 'https://example.com' })) }, 'author', /author.email must be/],
  ['framework version 1.0', { 'manifest.json': manifestWith((m) => (m.frameworkVersion = '1.0')) }, 'framework-version', /must be "2.0"/],
  ['a manifest without a frameworkVersion', { 'manifest.json': manifestWith((m) => delete m.frameworkVersion) }, 'manifest-keys', /required key "frameworkVersion"/],
  ['an unknown location', { 'manifest.json': manifestWith((m) => (m.location = { support: { ticket_footer: { url: 'assets/iframe.html' } } })) }, 'location', /unknown location "ticket_footer"/],
  ['an unknown product', { 'manifest.json': manifestWith((m) => (m.location = { crm: { ticket_sidebar: 'assets/iframe.html' } })) }, 'location', /unknown product "crm"/],
  ['a location option that does not exist', { 'manifest.json': manifestWith((m) => (m.location = { support: { ticket_sidebar: { url: 'assets/iframe.html', width: 300 } } })) }, 'location', /unknown option "width"/],
  ['flexible as a string', { 'manifest.json': manifestWith((m) => (m.location = { support: { ticket_sidebar: { url: 'assets/iframe.html', flexible: 'true' } } })) }, 'location', /flexible must be true or false/],
  ['a location page that is not in the package', { 'manifest.json': manifestWith((m) => (m.location = { support: { ticket_sidebar: { url: 'assets/sidebar.html' } } })) }, 'location', /no such file/],
  ['a location page outside assets/', { 'manifest.json': manifestWith((m) => (m.location = { support: { ticket_sidebar: { url: 'index.html' } } })) }, 'location', /must point into assets\//],
  ['a location page over http', { 'manifest.json': manifestWith((m) => (m.location = { support: { ticket_sidebar: { url: 'http://example.com/app' } } })) }, 'location', /must be https:\/\//],
  ['two parameters with one name', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'a', type: 'text' }, { name: 'a', type: 'url' }])) }, 'parameters', /"a" is declared twice/],
  ['a parameter called name', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'name', type: 'text' }])) }, 'parameters', /may not be called "name"/],
  ['a parameter of an unknown type', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'colour', type: 'color' }])) }, 'parameters', /type "color" is not one of/],
  ['a required hidden parameter', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'state', type: 'hidden', required: true }])) }, 'parameters', /hidden parameter cannot be required/],
  ['a hidden parameter with a default', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'state', type: 'hidden', default: 'x' }])) }, 'parameters', /cannot have a default/],
  ['a secure parameter with a default', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'api_token', type: 'text', secure: true, scopes: ['header'], default: 'x' }])) }, 'parameters', /cannot have a default/],
  ['a token that is not secure', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'jira_token', type: 'text' }])) }, 'parameters', /"jira_token" looks like a credential/],
  ['a password that is not secure', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'adminPassword', type: 'text' }])) }, 'parameters', /"adminPassword" looks like a credential/],
  ['a parameter with an unknown key', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'a', type: 'text', placeholder: 'x' }])) }, 'parameters', /unknown key "placeholder"/],
  ['a domainWhitelist entry with a scheme', { 'manifest.json': manifestWith((m) => (m.domainWhitelist = ['https://example.atlassian.net'])) }, 'domain-whitelist', /is not a host name/],
  ['a translation file with a bad locale name', { 'translations/english.json': '{"app":{}}' }, 'translation-files', /"english" is not a locale name/],
  ['a translation file that is not JSON', { 'translations/es.json': '{"app":' }, 'translation-files', /not valid JSON/],
  ['a defaultLocale without its file', { 'manifest.json': manifestWith((m) => (m.defaultLocale = 'fr')) }, 'translation-files', /translations\/fr.json: translation-files: missing/],
  ['a French-first app without English texts', { 'manifest.json': manifestWith((m) => (m.defaultLocale = 'fr')), 'translations/fr.json': '{"app":{"name":"F"}}', 'translations/en.json': null }, 'translation-keys', /translations\/en.json: translation-keys: missing/],
  ['en.json without app.name', { 'translations/en.json': JSON.stringify({ app: { parameters: { greeting: { label: 'G' }, api_token: { label: 'T' } } } }) }, 'translation-keys', /app.name is missing/],
  ['a parameter without a label', { 'translations/en.json': JSON.stringify({ app: { name: 'F', parameters: { greeting: { label: 'G' } } } }) }, 'translation-keys', /app.parameters.api_token.label is missing/],
  ['a public app without its listing text', { 'manifest.json': manifestWith((m) => (m.private = false)) }, 'translation-keys', /app.short_description is missing \(required for a public app\)/],
  ['a package without logo.png', { 'assets/logo.png': null }, 'logos', /assets\/logo.png: logos: missing/],
  ['a small logo of the wrong size', { 'assets/logo-small.png': blankPng(120) }, 'logos', /is 120×120; must be 128×128/],
  ['a logo that is not a PNG', { 'assets/logo.png': 'GIF89a' }, 'logos', /is not a PNG/],
  ['a screenshot with a free name', { 'assets/screenshot-home.png': blankPng(10) }, 'screenshots', /named assets\/screenshot-0.png/],
  ['screenshots numbered from 1', { 'assets/screenshot-0.png': null, 'assets/screenshot-1.png': blankPng(10) }, 'screenshots', /expected screenshot-0.png/],
  ['four screenshots', { 'assets/screenshot-1.png': blankPng(10), 'assets/screenshot-2.png': blankPng(10), 'assets/screenshot-3.png': blankPng(10) }, 'screenshots', /at most 3/],
  ['a symlink', {}, 'symlinks', /assets\/link.js: symlinks: is a symlink/, (dir) => symlinkSync(join(dir, 'assets/app.js'), join(dir, 'assets/link.js'))],
  ['a shell script', { 'assets/install.sh': 'echo hi' }, 'blocked-file-types', /\.sh files are not allowed/],
  ['a Windows executable', { 'assets/tool.EXE': Buffer.from([0x4d, 0x5a, 0]) }, 'blocked-file-types', /\.exe files are not allowed/],
  ['a source map', { 'assets/app.js.map': '{}' }, 'blocked-file-types', /source maps stay out of the package/],
  ['an http:// URL in the bundle', { 'assets/app.js': 'fetch("http://api.example.com/v1")' }, 'http-urls', /insecure URL http:\/\/api.example.com\/v1/],
  ['an http:// URL in a translation', { 'translations/pt-br.json': JSON.stringify({ app: { name: 'F', help: 'see http://example.com' } }) }, 'http-urls', /translations\/pt-br.json: http-urls: insecure URL http:\/\/example.com/],
  ['an SVG that loads an http:// image', { 'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><image href="http://example.com/a.png"/></svg>' }, 'http-urls', /http:\/\/example.com\/a.png/],
  ['a private key', { 'assets/app.js': 'const k = `-----BEGIN RSA PRIVATE KEY-----\nMIIE`;' }, 'secrets', /looks like a private key/],
  ['an AWS access key id', { 'assets/app.js': 'const id = "AKIAIOSFODNN7EXAMPLE";' }, 'secrets', /an AWS access key id/],
  ['a JSON Web Token', { 'assets/app.js': 'const t = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";' }, 'secrets', /a JSON Web Token/],
  ['a hex token assigned to apiKey', { 'assets/app.js': 'const config={apiKey:"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"};' }, 'secrets', /"apiKey" is assigned what looks like a secret/],
  ['a base64 secret assigned to client_secret', { 'translations/pt-br.json': JSON.stringify({ app: { name: 'F' }, client_secret: 'Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MA==' }) }, 'secrets', /"client_secret" is assigned/],
  ['requirements.json that is not JSON', { 'requirements.json': '[' }, 'requirements', /not valid JSON/],
  ['a requirement of an unknown type', { 'requirements.json': JSON.stringify({ groups: { tier2: { title: 'Tier 2' } } }) }, 'requirements', /unknown requirement type "groups"/],
  ['a requirement without a title', { 'requirements.json': JSON.stringify({ ticket_fields: { outcome: { type: 'text' } } }) }, 'requirements', /ticket_fields.outcome needs a "title"/],
  ['an organization field without a key', { 'requirements.json': JSON.stringify({ organization_fields: { lms: { title: 'LMS', type: 'text' } } }) }, 'requirements', /organization_fields.lms needs a "key"/],
  ['scopes on a setting that is not secure', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'greeting', type: 'text', scopes: ['header'] }])) }, 'parameters', /"scopes" is only for a secure parameter/],
  ['an empty scopes list', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'api_token', type: 'text', secure: true, scopes: [] }])) }, 'parameters', /"scopes" cannot be empty/],
  ['a scope Zendesk does not know', { 'manifest.json': manifestWith((m) => (m.parameters = [{ name: 'api_token', type: 'text', secure: true, scopes: ['header', 'query'] }])) }, 'parameters', /unknown scope\(s\) query/],
  ['a PDF in assets', { 'assets/guide.pdf': '%PDF-1.4' }, 'blocked-file-types', /\.pdf files are not allowed/],
  ['a Word document', { 'assets/notes.docx': 'PK' }, 'blocked-file-types', /\.docx files are not allowed/],
  ['a spreadsheet', { 'assets/data.xlsx': 'PK' }, 'blocked-file-types', /\.xlsx files are not allowed/],
  ['a slide deck', { 'assets/deck.ppt': 'x' }, 'blocked-file-types', /\.ppt files are not allowed/],
  ['an OpenDocument text', { 'assets/notes.odt': 'PK' }, 'blocked-file-types', /\.odt files are not allowed/],
  ['an MP3', { 'assets/ding.mp3': 'ID3' }, 'blocked-file-types', /\.mp3 files are not allowed/],
  ['an MPEG video', { 'assets/intro.mpeg': 'x' }, 'blocked-file-types', /\.mpeg files are not allowed/],
  ['an AVI video', { 'assets/intro.avi': 'RIFF' }, 'blocked-file-types', /\.avi files are not allowed/],
  ['a bzip2 archive', { 'assets/data.bz2': 'BZh' }, 'blocked-file-types', /\.bz2 files are not allowed/],
  ['a C shell script', { 'assets/setup.csh': 'echo' }, 'blocked-file-types', /\.csh files are not allowed/],
  ['a banner of the wrong size', { 'assets/banner.png': pngHeader(800, 200) }, 'banner', /is 800×200; must be 830×200 or 1660×400/],
  ['a banner that is not a PNG', { 'assets/banner.png': 'GIF89a' }, 'banner', /is not a PNG/],
  ['a ticket field without a type', { 'requirements.json': JSON.stringify({ ticket_fields: { outcome: { title: 'Outcome' } } }) }, 'requirements', /ticket_fields.outcome needs a "type"/],
  ['a view without conditions', { 'requirements.json': JSON.stringify({ views: { queue: { title: 'Queue' } } }) }, 'requirements', /views.queue needs an "all" list of conditions/],
  ['a view whose conditions check only tags', { 'requirements.json': JSON.stringify({ views: { queue: { title: 'Queue', all: [{ field: 'current_tags', operator: 'includes', value: 'x' }] } } }) }, 'requirements', /views.queue: one "all" condition must check status/],
  ['a webhook without an endpoint', { 'requirements.json': JSON.stringify({ webhooks: { hook: { name: 'H', status: 'active', http_method: 'POST', request_format: 'json' } } }) }, 'requirements', /webhooks.hook needs a "endpoint"/],
  ['two channel integrations', { 'requirements.json': JSON.stringify({ channel_integrations: { a: { manifest_url: 'https://a.example' }, b: { manifest_url: 'https://b.example' } } }) }, 'requirements', /at most one channel integration/],
  ['a custom object type without a schema', { 'requirements.json': JSON.stringify({ custom_objects: { custom_object_types: [{ key: 'device' }] } }) }, 'requirements', /custom_object_types\[0\] needs "schema"/],
  ['a retired HTTP target', { 'requirements.json': JSON.stringify({ targets: { t: { title: 'T', type: 'http_target' } } }) }, 'requirements', /type "http_target" is no longer accepted/],
  ['a requirements-only app without requirements', { 'manifest.json': manifestWith((m) => (m.requirementsOnly = true)) }, 'requirements', /a requirementsOnly app must declare requirements/],
  ['requirements in a Chat-only app', { 'manifest.json': manifestWith((m) => (m.location = { chat: { chat_sidebar: 'assets/iframe.html' } })), 'requirements.json': '{}' }, 'requirements', /only for Support and Sell apps/],
  [
    'more than 5,000 requirements',
    { 'requirements.json': JSON.stringify({ views: Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`v${i}`, { title: `View ${i}` }])) }) },
    'requirements',
    /5001 requirements; at most 5000/,
  ],
];

describe.each(cases)('%s', (_description, overrides, rule, message, prepare) => {
  it(`is an error of the ${rule} rule`, () => {
    const errors = errorsOf(findingsFor(overrides, prepare));
    expect(errors.some((line) => line.includes(`: ${rule}: `) && message.test(line))).toBe(true);
    expect(errors.every((line) => /^error: \S+: [a-z-]+: .+/.test(line))).toBe(true);
  });
});

describe('what is not a violation', () => {
  it('XML namespace names and JSON Schema ids are names, not addresses', () => {
    const js = 'a("http://www.w3.org/1999/xhtml");b("http://www.w3.org/1999/xlink");c({$schema:"http://json-schema.org/draft-07/schema#"})';
    expect(errorsOf(findingsFor({ 'assets/app.js': js }))).toEqual([]);
  });

  it('a field key or a project key is not a credential, a token or an api key is', () => {
    expect(['lms_field_key', 'jira_project_key', 'tokenizer_mode'].map(looksLikeCredential)).toEqual([false, false, false]);
    expect(['jira_token', 'api_key', 'clientSecret', 'db-password'].map(looksLikeCredential)).toEqual([true, true, true, true]);
  });

  it('identifiers and words assigned to secret-ish names are not secrets', () => {
    expect(looksRandom('__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED')).toBe(false);
    expect(looksRandom('data-garden-token-value')).toBe(false);
    expect(looksRandom('9f86d081884c7d659a2feaa0c55ad015')).toBe(true);
  });

  it('a secure parameter without domainWhitelist or scopes is a warning, not an error', () => {
    const manifest = manifestWith((m) => {
      delete m.domainWhitelist;
      m.parameters = [{ name: 'api_token', type: 'text', secure: true }];
    });
    const findings = findingsFor({ 'manifest.json': manifest, 'translations/en.json': JSON.stringify({ app: { name: 'F', parameters: { api_token: { label: 'T' } } } }) });
    expect(errorsOf(findings)).toEqual([]);
    expect(findings.map((f) => f.rule).sort()).toEqual(['domain-whitelist', 'parameters']);
  });
});

describe('what Zendesk accepts passes', () => {
  const EVERY_REQUIREMENT_TYPE = {
    automations: { close: { title: 'Close', all: [{ field: 'status', operator: 'is', value: 'solved' }], actions: [{ field: 'status', value: 'closed' }] } },
    channel_integrations: { channel: { manifest_url: 'https://channel.example.com/manifest' } },
    custom_objects: { custom_object_types: [{ key: 'device', schema: { properties: {} } }], custom_object_relationship_types: [{ key: 'owner', source: 'zen:user', target: 'device' }] },
    macros: { reply: { title: 'Reply', actions: [{ field: 'status', value: 'pending' }] } },
    targets: { mail: { title: 'Mail', type: 'email_target', email: 'a@example.com', subject: 'Hi' } },
    views: { queue: { title: 'Queue', all: [{ field: 'status', operator: 'less_than', value: 'solved' }] } },
    ticket_fields: { outcome: { title: 'Outcome', type: 'text' } },
    triggers: { notify: { title: 'Notify', conditions: { all: [{ field: 'update_type', value: 'Create' }] }, actions: [] } },
    user_fields: { tier: { title: 'Tier', type: 'text', key: 'tier' } },
    organization_fields: { lms: { title: 'LMS', type: 'text', key: 'lms' } },
    webhooks: { hook: { name: 'Hook', status: 'active', endpoint: 'https://hook.example.com', http_method: 'POST', request_format: 'json' } },
    custom_objects_v2: { objects: [{ key: 'car', title: 'Car', title_pluralized: 'Cars' }] },
  };

  it('every requirement type Zendesk creates, each with its required keys', () => {
    expect(errorsOf(findingsFor({ 'requirements.json': JSON.stringify(EVERY_REQUIREMENT_TYPE) }))).toEqual([]);
  });

  it('exactly 5,000 requirements', () => {
    const views = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`v${i}`, { title: `View ${i}`, all: [{ field: 'status', operator: 'is', value: 'open' }] }]));
    expect(errorsOf(findingsFor({ 'requirements.json': JSON.stringify({ views }) }))).toEqual([]);
  });

  it('locations beyond the ticket sidebar, in Support and other products', () => {
    const location = {
      support: { ticket_sidebar: 'assets/iframe.html', system_top_bar: 'assets/iframe.html', custom_object_record_sidebar: 'assets/iframe.html' },
      sell: { deal_card: 'assets/iframe.html' },
      standalone_chat: { system_top_bar: 'assets/iframe.html' },
    };
    expect(errorsOf(findingsFor({ 'manifest.json': manifestWith((m) => (m.location = location)) }))).toEqual([]);
  });

  it('an mtls setting, every secure scope, and a banner at either size', () => {
    const manifest = manifestWith((m) => (m.parameters = [{ name: 'cert', type: 'mtls' }, { name: 'api_token', type: 'text', secure: true, scopes: ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password'] }]));
    const en = JSON.stringify({ app: { name: 'F', parameters: { cert: { label: 'C' }, api_token: { label: 'T' } } } });
    expect(errorsOf(findingsFor({ 'manifest.json': manifest, 'translations/en.json': en, 'assets/banner.png': pngHeader(830, 200) }))).toEqual([]);
    expect(errorsOf(findingsFor({ 'assets/banner.png': pngHeader(1660, 400) }))).toEqual([]);
  });
});

describe('one line per violation', () => {
  it('a missing translations/en.json is reported once, not by every rule that reads it', () => {
    expect(errorsOf(findingsFor({ 'translations/en.json': null }))).toEqual(['error: translations/en.json: translation-files: missing: it is the defaultLocale\'s file']);
  });
});

describe('PNG headers', () => {
  it('reads width and height from the IHDR chunk', () => {
    expect(pngSize(blankPng(320, 200))).toEqual({ width: 320, height: 200 });
    expect(pngSize(Buffer.from('not a png at all, not at all'))).toBeNull();
  });
});

describe('npm run validate', () => {
  const run = (dir: string): { status: number; stdout: string; stderr: string } => {
    try {
      const stdout = execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/validate.ts'), dir], { encoding: 'utf8', stdio: 'pipe' });
      return { status: 0, stdout, stderr: '' };
    } catch (e) {
      const failed = e as { status: number; stdout: string; stderr: string };
      return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it('prints one line per violation and exits non-zero', () => {
    const app = writeApp({ ...validAppFiles(), 'assets/logo.png': blankPng(300), 'assets/run.sh': 'rm -rf /' });
    try {
      const result = run(app.dir);
      expect(result.status).toBe(1);
      expect(result.stderr.split('\n').filter((l) => l.startsWith('error: '))).toEqual([
        'error: assets/logo.png: logos: is 300×300; must be 320×320',
        'error: assets/run.sh: blocked-file-types: .sh files are not allowed in an app',
      ]);
      expect(result.stdout).toMatch(/2 error\(s\), 0 warning\(s\)/);
    } finally {
      app.cleanup();
    }
  }, 30000);

  it('exits 0 on a valid app', () => {
    const app = writeApp(validAppFiles());
    try {
      expect(run(app.dir).status).toBe(0);
    } finally {
      app.cleanup();
    }
  }, 30000);
});
