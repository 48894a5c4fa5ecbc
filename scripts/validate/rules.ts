/**
 * Offline marketplace checks for a Zendesk app directory (Zendesk's app requirements, modelled on
 * zendesk/zendesk_apps_support). Pure: every rule is a function of the files, read once by load.ts.
 * Where Zendesk only warns (http:// URLs, secret-looking strings) we fail: this app ships no such thing, and a
 * failure that names the file is cheaper than a finding after upload.
 */

import { requirements } from './requirements';
import { error, file, isObject, manifestOf, parseJson, warning, type AppDir, type AppFile, type Finding, type Json, type JsonObject } from './shared';

export type { AppDir, AppFile, Finding, Severity } from './shared';

function translation(app: AppDir, locale: string): JsonObject | undefined {
  const f = file(app, `translations/${locale}.json`);
  if (!f || f.kind !== 'file') return undefined;
  const parsed = parseJson(f);
  return parsed.ok && isObject(parsed.value) ? parsed.value : undefined;
}

function parametersOf(manifest: JsonObject): JsonObject[] {
  return Array.isArray(manifest.parameters) ? manifest.parameters.filter(isObject) : [];
}

// ---------------------------------------------------------------------------------------------------------------
// manifest.json

export function manifestFile(app: AppDir): Finding[] {
  const f = file(app, 'manifest.json');
  if (!f) {
    const nested = app.files.find((x) => /^[^/]+\/manifest\.json$/.test(x.path));
    return [error('manifest.json', 'manifest-file', nested ? `missing at the root (found ${nested.path}: zip the directory's contents, not the directory)` : 'missing')];
  }
  if (f.kind !== 'file') return []; // reported by the symlink rule
  const parsed = parseJson(f);
  if (!parsed.ok) return [error('manifest.json', 'manifest-file', `not valid JSON: ${parsed.reason}`)];
  if (!isObject(parsed.value)) return [error('manifest.json', 'manifest-file', 'must be a JSON object')];
  return [];
}

export const MANIFEST_KEYS = [
  'name', 'author', 'defaultLocale', 'private', 'location', 'version', 'frameworkVersion', 'singleInstall',
  'signedUrls', 'parameters', 'domainWhitelist', 'requirementsOnly', 'marketingOnly', 'oauth',
] as const;
const REQUIRED_MANIFEST_KEYS = ['author', 'defaultLocale', 'location', 'frameworkVersion'] as const;
const BOOLEAN_MANIFEST_KEYS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'] as const;
const STRING_MANIFEST_KEYS = ['name', 'defaultLocale', 'version', 'frameworkVersion'] as const;

export function manifestKeys(app: AppDir): Finding[] {
  const manifest = manifestOf(app);
  if (!manifest) return [];
  const out: Finding[] = [];
  const known: readonly string[] = MANIFEST_KEYS;
  for (const key of Object.keys(manifest)) {
    if (!known.includes(key)) out.push(error('manifest.json', 'manifest-keys', `unknown key "${key}" (Zendesk knows ${MANIFEST_KEYS.join(', ')})`));
  }
  for (const key of REQUIRED_MANIFEST_KEYS) {
    if (manifest[key] === undefined || manifest[key] === null) out.push(error('manifest.json', 'manifest-keys', `required key "${key}" is missing`));
  }
  for (const key of BOOLEAN_MANIFEST_KEYS) {
    if (manifest[key] !== undefined && typeof manifest[key] !== 'boolean') out.push(error('manifest.json', 'manifest-keys', `"${key}" must be true or false`));
  }
  for (const key of STRING_MANIFEST_KEYS) {
    if (manifest[key] !== undefined && typeof manifest[key] !== 'string') out.push(error('manifest.json', 'manifest-keys', `"${key}" must be a string`));
  }
  return out;
}

export function author(app: AppDir): Finding[] {
  const manifest = manifestOf(app);
  if (!manifest || manifest.author === undefined) return [];
  const a = manifest.author;
  if (!isObject(a)) return [error('manifest.json', 'author', '"author" must be an object with name, email and url')];
  const out: Finding[] = [];
  for (const key of ['name', 'email', 'url'] as const) {
    const v = a[key];
    if (typeof v !== 'string' || v.trim() === '') out.push(error('manifest.json', 'author', `author.${key} must be a non-empty string`));
  }
  if (typeof a.email === 'string' && a.email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email)) out.push(error('manifest.json', 'author', `author.email "${a.email}" is not an email address`));
  if (typeof a.url === 'string' && a.url !== '' && !/^https:\/\/[^\s/]+/.test(a.url)) out.push(error('manifest.json', 'author', `author.url "${a.url}" must be an https:// address`));
  return out;
}

export function frameworkVersion(app: AppDir): Finding[] {
  const manifest = manifestOf(app);
  if (!manifest || manifest.frameworkVersion === undefined) return [];
  return manifest.frameworkVersion === '2.0' ? [] : [error('manifest.json', 'framework-version', `frameworkVersion must be "2.0", found ${JSON.stringify(manifest.frameworkVersion)}`)];
}

/**
 * Every product and location Zendesk's validator knows (zendesk_apps_support's Product and Location tables); a
 * product may also go by its legacy name (zendesk for support, zopim for chat).
 */
export const SUPPORT_LOCATIONS = [
  'ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar', 'organization_sidebar', 'top_bar', 'nav_bar',
  'ticket_editor', 'background', 'modal', 'system_top_bar', 'custom_object_record_sidebar',
] as const;
const CHAT_LOCATIONS = ['chat_sidebar', 'background'] as const;
const KNOWN_HOSTS: Record<string, readonly string[]> = {
  support: SUPPORT_LOCATIONS,
  zendesk: SUPPORT_LOCATIONS,
  chat: CHAT_LOCATIONS,
  zopim: CHAT_LOCATIONS,
  standalone_chat: ['nav_bar', 'system_top_bar'],
  lotus_box: ['nav_bar', 'system_top_bar'],
  sell: [
    'deal_card', 'person_card', 'company_card', 'lead_card', 'background', 'modal', 'dashboard', 'note_editor',
    'call_log_editor', 'email_editor', 'top_bar', 'visit_editor',
  ],
};
export const LOCATION_OPTIONS = ['url', 'flexible', 'autoLoad', 'autoHide', 'signed', 'size'] as const;

export function location(app: AppDir): Finding[] {
  const manifest = manifestOf(app);
  if (!manifest || manifest.location === undefined) return [];
  const out: Finding[] = [];
  const rule = 'location';
  if (!isObject(manifest.location)) return [error('manifest.json', rule, '"location" must be an object keyed by product, e.g. {"support": {"ticket_sidebar": {...}}}')];
  const hosts = Object.entries(manifest.location);
  if (hosts.length === 0) out.push(error('manifest.json', rule, '"location" names no location'));
  for (const [host, locations] of hosts) {
    const known = KNOWN_HOSTS[host];
    if (!known) {
      out.push(error('manifest.json', rule, `unknown product "${host}" (this validator knows ${Object.keys(KNOWN_HOSTS).join(', ')})`));
      continue;
    }
    if (!isObject(locations)) {
      out.push(error('manifest.json', rule, `location.${host} must be an object of locations`));
      continue;
    }
    for (const [name, options] of Object.entries(locations)) {
      const where = `location.${host}.${name}`;
      if (!known.includes(name)) out.push(error('manifest.json', rule, `unknown location "${name}" for ${host}`));
      const opts: JsonObject | undefined = typeof options === 'string' ? { url: options } : isObject(options) ? options : undefined;
      if (!opts) {
        out.push(error('manifest.json', rule, `${where} must be a url string or an object of options`));
        continue;
      }
      const allowed: readonly string[] = LOCATION_OPTIONS;
      for (const key of Object.keys(opts)) {
        if (!allowed.includes(key)) out.push(error('manifest.json', rule, `${where}: unknown option "${key}" (allowed: ${LOCATION_OPTIONS.join(', ')})`));
      }
      for (const key of ['flexible', 'autoLoad', 'autoHide', 'signed'] as const) {
        if (opts[key] !== undefined && typeof opts[key] !== 'boolean') out.push(error('manifest.json', rule, `${where}.${key} must be true or false`));
      }
      out.push(...locationUrl(app, where, opts.url));
    }
  }
  return out;
}

function locationUrl(app: AppDir, where: string, url: Json | undefined): Finding[] {
  if (typeof url !== 'string' || url === '') return [error('manifest.json', 'location', `${where}.url is missing`)];
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return url.startsWith('https://') ? [] : [error('manifest.json', 'location', `${where}.url "${url}" must be https:// or a file under assets/`)];
  }
  const path = url.split(/[?#]/)[0] ?? '';
  if (!path.startsWith('assets/')) return [error('manifest.json', 'location', `${where}.url "${url}" must point into assets/`)];
  return file(app, path) ? [] : [error('manifest.json', 'location', `${where}.url "${url}": no such file in the app`)];
}

export const PARAMETER_TYPES = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth', 'mtls'] as const;
/** Where Zendesk's proxy may put a secure setting's value; any other scope fails the upload. */
export const SECURE_SCOPES = ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password'] as const;
const PARAMETER_KEYS = ['name', 'type', 'required', 'secure', 'default', 'scopes'];
/**
 * A name that reads as a credential: a word token, password, pwd, secret or credential(s), or an api/access/
 * private/secret/auth/client key. A field key or a project key is not one.
 */
export function looksLikeCredential(name: string): boolean {
  const words = name.split(/[_\-\s.]+|(?<=[a-z0-9])(?=[A-Z])/).map((w) => w.toLowerCase());
  return (
    words.some((w) => ['token', 'password', 'passwd', 'pwd', 'secret', 'credential', 'credentials'].includes(w)) ||
    /(api|access|private|secret|auth|client|signing)[_-]?key$/i.test(name)
  );
}
/** Zendesk's own upload check warns on any text setting whose name merely contains one of these. */
const ZENDESK_SECURABLE = /token|key|pwd|password/i;

/** Zendesk fails an upload whose `scopes` sit on a setting that is not secure, are empty, or name an unknown scope. */
function scopes(at: string, p: JsonObject): Finding[] {
  const rule = 'parameters';
  if (p.scopes === undefined) {
    return p.secure === true ? [warning('manifest.json', rule, `${at} is secure but has no "scopes"; Zendesk warns about this`)] : [];
  }
  const out: Finding[] = [];
  if (p.secure !== true) out.push(error('manifest.json', rule, `${at}: "scopes" is only for a secure parameter`));
  if (!Array.isArray(p.scopes) || !p.scopes.every((s) => typeof s === 'string')) return [...out, error('manifest.json', rule, `${at}: "scopes" must be an array of strings`)];
  if (p.scopes.length === 0) out.push(error('manifest.json', rule, `${at}: "scopes" cannot be empty`));
  const known: readonly string[] = SECURE_SCOPES;
  const unknown = p.scopes.filter((s) => !known.includes(s));
  if (unknown.length > 0) out.push(error('manifest.json', rule, `${at}: unknown scope(s) ${unknown.join(', ')} (allowed: ${SECURE_SCOPES.join(', ')})`));
  return out;
}

export function parameters(app: AppDir): Finding[] {
  const manifest = manifestOf(app);
  if (!manifest || manifest.parameters === undefined) return [];
  const rule = 'parameters';
  if (!Array.isArray(manifest.parameters)) return [error('manifest.json', rule, '"parameters" must be an array')];
  const out: Finding[] = [];
  const seen = new Set<string>();
  const credentialish: string[] = [];
  manifest.parameters.forEach((p, i) => {
    if (!isObject(p) || typeof p.name !== 'string' || p.name === '') {
      out.push(error('manifest.json', rule, `parameters[${i}] needs a "name"`));
      return;
    }
    const { name, type } = p;
    const at = `parameter "${name}"`;
    if (seen.has(name)) out.push(error('manifest.json', rule, `${at} is declared twice`));
    seen.add(name);
    if (name === 'name') out.push(error('manifest.json', rule, 'a parameter may not be called "name"'));
    for (const key of Object.keys(p)) {
      if (!PARAMETER_KEYS.includes(key)) out.push(error('manifest.json', rule, `${at}: unknown key "${key}"`));
    }
    const types: readonly Json[] = PARAMETER_TYPES;
    if (!types.includes(type ?? null)) out.push(error('manifest.json', rule, `${at}: type ${JSON.stringify(type)} is not one of ${PARAMETER_TYPES.join(', ')}`));
    for (const key of ['required', 'secure'] as const) {
      if (p[key] !== undefined && typeof p[key] !== 'boolean') out.push(error('manifest.json', rule, `${at}: "${key}" must be true or false`));
    }
    if (type === 'hidden' && p.required === true) out.push(error('manifest.json', rule, `${at}: a hidden parameter cannot be required`));
    if ((p.secure === true || type === 'hidden') && p.default !== undefined) out.push(error('manifest.json', rule, `${at}: a secure or hidden parameter cannot have a default`));
    if (type === 'text' && p.secure !== true) {
      if (looksLikeCredential(name)) out.push(error('manifest.json', rule, `${at} looks like a credential: make it "secure": true`));
      else if (ZENDESK_SECURABLE.test(name)) credentialish.push(name);
    }
    if (p.secure === true && type === 'oauth') out.push(error('manifest.json', rule, `${at}: an oauth parameter cannot be secure`));
    out.push(...scopes(at, p));
  });
  if (credentialish.length > 0) {
    out.push(warning('manifest.json', rule, `Zendesk's upload warns that ${credentialish.join(', ')} may be credentials (the name holds "key"); they are not, and stay readable`));
  }
  return out;
}

/** domainWhitelist entries are host names; a secure setting is only sent to those hosts. */
export function domainWhitelist(app: AppDir): Finding[] {
  const manifest = manifestOf(app);
  if (!manifest) return [];
  const rule = 'domain-whitelist';
  const list = manifest.domainWhitelist;
  const secure = parametersOf(manifest).filter((p) => p.secure === true).map((p) => String(p.name));
  if (list === undefined) {
    return secure.length > 0
      ? [warning('manifest.json', rule, `secure parameter(s) ${secure.join(', ')} but no domainWhitelist: Zendesk fills them into requests only for whitelisted hosts`)]
      : [];
  }
  if (!Array.isArray(list)) return [error('manifest.json', rule, '"domainWhitelist" must be an array of host names')];
  return list.flatMap((d) =>
    typeof d === 'string' && /^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/i.test(d)
      ? []
      : [error('manifest.json', rule, `${JSON.stringify(d)} is not a host name (no scheme, port or path: "example.atlassian.net")`)],
  );
}

// ---------------------------------------------------------------------------------------------------------------
// translations

export const LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/;
const PUBLIC_APP_KEYS = ['name', 'short_description', 'long_description', 'installation_instructions'];

export function translationFiles(app: AppDir): Finding[] {
  const out: Finding[] = [];
  for (const f of app.files.filter((x) => x.path.startsWith('translations/'))) {
    const match = /^translations\/([^/]+)\.json$/.exec(f.path);
    if (!match) {
      out.push(error(f.path, 'translation-files', 'translations/ holds only <locale>.json files'));
      continue;
    }
    if (!LOCALE.test(match[1] ?? '')) out.push(error(f.path, 'translation-files', `"${match[1]}" is not a locale name such as en, es or pt-br`));
    if (f.kind !== 'file') continue;
    const parsed = parseJson(f);
    if (!parsed.ok) out.push(error(f.path, 'translation-files', `not valid JSON: ${parsed.reason}`));
    else if (!isObject(parsed.value)) out.push(error(f.path, 'translation-files', 'must be a JSON object'));
  }
  const manifest = manifestOf(app);
  const locale = manifest?.defaultLocale;
  if (typeof locale === 'string') {
    if (!LOCALE.test(locale)) out.push(error('manifest.json', 'translation-files', `defaultLocale "${locale}" is not a locale name`));
    else if (!file(app, `translations/${locale}.json`)) out.push(error(`translations/${locale}.json`, 'translation-files', `missing: it is the defaultLocale's file`));
  }
  return out;
}

export function translationKeys(app: AppDir): Finding[] {
  const manifest = manifestOf(app);
  if (!manifest) return [];
  const en = translation(app, 'en');
  if (!en) {
    // An unreadable en.json, or a missing one when it is the default locale's, is already reported by translationFiles.
    const reported = file(app, 'translations/en.json') || manifest.defaultLocale === 'en';
    return reported ? [] : [error('translations/en.json', 'translation-keys', 'missing: every app needs English texts')];
  }
  const out: Finding[] = [];
  const appKeys = isObject(en.app) ? en.app : {};
  const required = manifest.private === true ? ['name'] : PUBLIC_APP_KEYS;
  for (const key of required) {
    const v = appKeys[key];
    if (typeof v !== 'string' || v.trim() === '') out.push(error('translations/en.json', 'translation-keys', `app.${key} is missing${manifest.private === true ? '' : ' (required for a public app)'}`));
  }
  const labels = isObject(appKeys.parameters) ? appKeys.parameters : {};
  for (const p of parametersOf(manifest)) {
    if (typeof p.name !== 'string') continue;
    const text = labels[p.name];
    if (!isObject(text) || typeof text.label !== 'string' || text.label.trim() === '') {
      out.push(error('translations/en.json', 'translation-keys', `app.parameters.${p.name}.label is missing`));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// images

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export const LOGOS = [
  { path: 'assets/logo.png', size: 320 },
  { path: 'assets/logo-small.png', size: 128 },
] as const;

export function logos(app: AppDir): Finding[] {
  const out: Finding[] = [];
  for (const { path, size } of LOGOS) {
    const f = file(app, path);
    if (!f) {
      out.push(error(path, 'logos', `missing (a ${size}×${size} PNG)`));
      continue;
    }
    const dims = pngSize(f.bytes);
    if (!dims) out.push(error(path, 'logos', 'is not a PNG'));
    else if (dims.width !== size || dims.height !== size) out.push(error(path, 'logos', `is ${dims.width}×${dims.height}; must be ${size}×${size}`));
  }
  return out;
}

export function screenshots(app: AppDir): Finding[] {
  const shots = app.files.filter((f) => /^assets\/screenshot[^/]*$/.test(f.path));
  const out: Finding[] = [];
  const numbers: number[] = [];
  for (const f of shots) {
    const match = /^assets\/screenshot-(\d)\.png$/.exec(f.path);
    if (!match) out.push(error(f.path, 'screenshots', 'screenshots are named assets/screenshot-0.png, -1, -2'));
    else if (!pngSize(f.bytes)) out.push(error(f.path, 'screenshots', 'is not a PNG'));
    else numbers.push(Number(match[1]));
  }
  if (shots.length > 3) out.push(error('assets', 'screenshots', `${shots.length} screenshots; at most 3`));
  numbers.sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    if (n !== i) out.push(error(`assets/screenshot-${n}.png`, 'screenshots', `screenshots are numbered from 0 without gaps; expected screenshot-${i}.png`));
  });
  return out;
}

/** The marketplace banner, when there is one: a PNG of 830×200, or twice that for high-density screens. */
export const BANNER_SIZES = [
  { width: 830, height: 200 },
  { width: 1660, height: 400 },
] as const;

export function banner(app: AppDir): Finding[] {
  const f = file(app, 'assets/banner.png');
  if (!f) return [];
  const dims = pngSize(f.bytes);
  if (!dims) return [error(f.path, 'banner', 'is not a PNG')];
  if (BANNER_SIZES.some((s) => s.width === dims.width && s.height === dims.height)) return [];
  return [error(f.path, 'banner', `is ${dims.width}×${dims.height}; must be 830×200 or 1660×400`)];
}

// ---------------------------------------------------------------------------------------------------------------
// files

export function symlinks(app: AppDir): Finding[] {
  return app.files.flatMap((f) => (f.kind === 'symlink' ? [error(f.path, 'symlinks', `is a symlink (to ${f.target}); the upload refuses symlinks`)] : []));
}

/**
 * Executables, scripts for a server or a shell, native libraries and archives: nothing an iframe app loads,
 * and what an app store scanner refuses. Source maps are blocked by our own policy: they publish the sources.
 */
export const BLOCKED_EXTENSIONS = [
  'exe', 'dll', 'so', 'dylib', 'bin', 'msi', 'dmg', 'app', 'apk', 'deb', 'rpm', 'com', 'scr',
  'sh', 'bash', 'zsh', 'bat', 'cmd', 'ps1', 'vbs', 'php', 'py', 'pyc', 'rb', 'pl', 'cgi', 'jsp', 'asp', 'aspx',
  'jar', 'war', 'class', 'zip', 'tar', 'gz', 'tgz', '7z', 'rar', 'map',
  // Zendesk's own list (zendesk_apps_support's Mime check): documents, media and archives it refuses.
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'mp3', 'mpeg', 'avi', 'bz', 'bz2', 'csh',
] as const;

export function blockedFileTypes(app: AppDir): Finding[] {
  const blocked: readonly string[] = BLOCKED_EXTENSIONS;
  return app.files.flatMap((f) => {
    const ext = /\.([^./]+)$/.exec(f.path)?.[1]?.toLowerCase();
    if (!ext || !blocked.includes(ext)) return [];
    const why = ext === 'map' ? 'source maps stay out of the package' : `.${ext} files are not allowed in an app`;
    return [error(f.path, 'blocked-file-types', why)];
  });
}

/** A file is text when its first 8 KB hold no NUL byte (PNG, JPEG, fonts and archives all do). */
const isText = (f: AppFile): boolean => f.kind === 'file' && !f.bytes.subarray(0, 8192).includes(0);

const HTTP_URL = /http:\/\/(?:[A-Za-z0-9][A-Za-z0-9.-]*|\[[0-9A-Fa-f:.]+\])(?::\d+)?[^\s"'`<>()\\]*/g;

/**
 * http:// strings that are names, not addresses: nothing fetches them. XML namespace names (SVG, XHTML, XLink,
 * MathML, the xml: prefix) must be written with http:// exactly, so they are allowed anywhere, not only in an
 * xmlns attribute (React passes them to createElementNS). JSON Schema's meta-schema ids, likewise, are compared
 * as strings. The prop-types link is printed in an error message by a library Garden depends on.
 */
export const HTTP_IDENTIFIERS: readonly RegExp[] = [
  /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/?)$/,
  /^http:\/\/json-schema\.org\/(draft-\d\d|draft\/\d{4}-\d\d)\/schema#?$/,
  /^http:\/\/fb\.me\/use-check-prop-types$/,
];

export function httpUrls(app: AppDir): Finding[] {
  const out: Finding[] = [];
  for (const f of app.files.filter(isText)) {
    const found = new Set<string>();
    for (const [url] of f.bytes.toString('utf8').matchAll(HTTP_URL)) {
      if (!HTTP_IDENTIFIERS.some((re) => re.test(url))) found.add(url);
    }
    for (const url of found) out.push(error(f.path, 'http-urls', `insecure URL ${url}: use https://`));
  }
  return out;
}

const SECRET_PATTERNS: ReadonlyArray<{ what: string; re: RegExp }> = [
  { what: 'a private key', re: /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----/ },
  { what: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'a JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { what: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { what: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
];

/** A name that says "secret" assigned a quoted string: `api_key: "…"`, `clientSecret = '…'`, `"token":"…"`. */
const ASSIGNED_SECRET =
  /([A-Za-z0-9_$-]*(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key)[A-Za-z0-9_$-]*)["']?\s*[:=]\s*["'`]([A-Za-z0-9+/=_.-]{20,})["'`]/gi;

/** Random-looking: long hex, or long base64-ish mixing upper case, lower case and digits. Words and identifiers are not. */
export function looksRandom(value: string): boolean {
  if (/^[0-9a-f]{32,}$/i.test(value) && /\d/.test(value) && /[a-f]/i.test(value)) return true;
  const body = value.replace(/=+$/, '');
  return body.length >= 24 && /[A-Z]/.test(body) && /[a-z]/.test(body) && /\d/.test(body) && !/[_.-]{2}|^[A-Za-z]+[_.-][A-Za-z]/.test(body);
}

export function secrets(app: AppDir): Finding[] {
  const out: Finding[] = [];
  for (const f of app.files.filter(isText)) {
    const text = f.bytes.toString('utf8');
    for (const { what, re } of SECRET_PATTERNS) {
      if (re.test(text)) out.push(error(f.path, 'secrets', `contains what looks like ${what}`));
    }
    for (const [, name, value] of text.matchAll(ASSIGNED_SECRET)) {
      if (value && looksRandom(value)) out.push(error(f.path, 'secrets', `"${name}" is assigned what looks like a secret (${value.slice(0, 4)}…); use a secure setting`));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

/** Every rule, in the order findings are printed. */
export const RULES: ReadonlyArray<(app: AppDir) => Finding[]> = [
  manifestFile, manifestKeys, author, frameworkVersion, location, parameters, domainWhitelist,
  translationFiles, translationKeys, logos, screenshots, banner, symlinks, blockedFileTypes, httpUrls, secrets, requirements,
];

export function validateApp(app: AppDir): Finding[] {
  return RULES.flatMap((rule) => rule(app));
}

export const formatFinding = (f: Finding): string => `${f.severity}: ${f.file}: ${f.rule}: ${f.message}`;
