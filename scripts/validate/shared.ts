/** What every rule shares: the app as read by load.ts, a finding, and the JSON helpers. */

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Path inside the app directory, or "." for the directory as a whole. */
  file: string;
  rule: string;
  message: string;
}

export type AppFile =
  | { path: string; kind: 'file'; bytes: Buffer }
  | { path: string; kind: 'symlink'; target: string; bytes: Buffer };

export interface AppDir {
  files: AppFile[];
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export const finding = (severity: Severity, file: string, rule: string, message: string): Finding => ({ severity, file, rule, message });
export const error = (file: string, rule: string, message: string): Finding => finding('error', file, rule, message);
export const warning = (file: string, rule: string, message: string): Finding => finding('warning', file, rule, message);

export const file = (app: AppDir, path: string): AppFile | undefined => app.files.find((f) => f.path === path);

type Parsed = { ok: true; value: Json } | { ok: false; reason: string };

export function parseJson(f: AppFile): Parsed {
  try {
    return { ok: true, value: JSON.parse(f.bytes.toString('utf8')) as Json };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/** The manifest when it exists and is a JSON object; the manifest rules below check nothing without it. */
export function manifestOf(app: AppDir): JsonObject | undefined {
  const f = file(app, 'manifest.json');
  if (!f || f.kind !== 'file') return undefined;
  const parsed = parseJson(f);
  return parsed.ok && isObject(parsed.value) ? parsed.value : undefined;
}

