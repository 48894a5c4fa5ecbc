import type { SettingSpec } from '../../src/triage/settings';
import { withGeneratedBlock } from '../generatedBlock';

/**
 * What `scripts/manifest.ts` derives from SETTING_SPECS, as pure functions of their inputs:
 * the manifest's `parameters`, the order and completeness of `app.parameters` in every translation file,
 * and the settings table in docs/settings.md. Everything else in those files is written by hand.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ManifestParameter {
  name: string;
  type: SettingSpec['type'];
  required: boolean;
  secure?: true;
  scopes?: string[];
  default?: string | number | boolean;
}

/**
 * Where Zendesk's proxy may put a secure setting. Our only secret (the Jira token) travels in the Authorization
 * header; narrowing the scope keeps a URL or body placeholder from leaking it into logs. Unconfirmed against a
 * live account: if Zendesk rejects the key, dropping `scopes` here is the whole fix.
 */
export const SECURE_SCOPES = ['header'];

export function manifestParameter(spec: SettingSpec): ManifestParameter {
  const parameter: ManifestParameter = { name: spec.name, type: spec.type, required: spec.required };
  if (spec.secure) {
    // A secure value is never readable by the app and Zendesk forbids a default for it.
    parameter.secure = true;
    parameter.scopes = [...SECURE_SCOPES];
  } else if (spec.default !== undefined) {
    parameter.default = spec.default;
  }
  return parameter;
}

/** The manifest with `parameters` regenerated; every other key stays as written, in its place. */
export function syncManifest(manifest: JsonObject, specs: readonly SettingSpec[]): JsonObject {
  // Spreading keeps an existing `parameters` key where it was; a new one goes last.
  return { ...manifest, parameters: specs.map(manifestParameter) as unknown as Json };
}

/**
 * The app's locations. One page serves both: src/app/LocationRouter.tsx shows the ticket sidebar, or the Tier 2 queue in
 * the nav bar (a full-width page whose nav-bar icon is assets/icon_nav_bar.svg, which Zendesk requires for that location).
 */
export const APP_LOCATIONS = {
  support: {
    ticket_sidebar: { url: 'assets/iframe.html', flexible: true },
    nav_bar: { url: 'assets/iframe.html' },
  },
} as const;

/** The manifest with `location` set to APP_LOCATIONS, the key kept where it was. */
export function syncLocations(manifest: JsonObject): JsonObject {
  return { ...manifest, location: structuredClone(APP_LOCATIONS) as unknown as Json };
}

export interface ParameterText {
  label: string;
  helpText?: string;
}

export interface TranslationSync {
  json: JsonObject;
  /** Settings that have no label in this file: text only a person can write. */
  missing: string[];
}

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Puts `app.parameters` in SETTING_SPECS order, drops labels of settings that no longer exist, and lists the settings
 * still lacking a label. Keys outside `app.parameters` are untouched.
 */
export function syncTranslations(translation: JsonObject, specs: readonly SettingSpec[]): TranslationSync {
  const app = isObject(translation.app) ? translation.app : {};
  const current = isObject(app.parameters) ? app.parameters : {};
  const parameters: JsonObject = {};
  const missing: string[] = [];
  for (const spec of specs) {
    const text = current[spec.name];
    if (isObject(text) && typeof text.label === 'string' && text.label.trim() !== '') parameters[spec.name] = text;
    else missing.push(spec.name);
  }
  return { json: { ...translation, app: { ...app, parameters } }, missing };
}

/** `app.parameters.<name>` of a translation file, when it has a label. */
export function parameterText(translation: JsonObject, name: string): ParameterText | undefined {
  const app = translation.app;
  const parameters = isObject(app) ? app.parameters : undefined;
  const text = isObject(parameters) ? parameters[name] : undefined;
  if (!isObject(text) || typeof text.label !== 'string') return undefined;
  return { label: text.label, ...(typeof text.helpText === 'string' ? { helpText: text.helpText } : {}) };
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

function defaultCell(spec: SettingSpec): string {
  if (spec.secure) return '(secret, never shown)';
  if (spec.default === undefined) return '';
  return `\`${cell(String(spec.default)).replace(/<br>/g, '` <br> `')}\``;
}

/** docs/settings.md's settings table, in English. */
export function settingsTable(specs: readonly SettingSpec[], en: JsonObject): string {
  const rows = specs.map((spec) => {
    const text = parameterText(en, spec.name);
    const required = spec.required ? 'yes' : 'no';
    return `| ${cell(text?.label ?? spec.name)} | \`${spec.name}\` | ${spec.type}${spec.secure ? ', secure' : ''} | ${required} | ${defaultCell(spec)} | ${cell(text?.helpText ?? '')} |`;
  });
  return ['| Setting | Key | Type | Required | Default | What it is |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export const TABLE_START = '<!-- settings-table:start (generated by scripts/manifest.ts; edit translations/en.json instead) -->';
export const TABLE_END = '<!-- settings-table:end -->';

/** A page with the text between the markers replaced by `table`; null when the markers are missing. */
export function withSettingsTable(page: string, table: string): string | null {
  return withGeneratedBlock(page, TABLE_START, TABLE_END, table);
}

/** Two-space JSON with a final newline: the format every generated JSON file is kept in. */
export const formatJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
