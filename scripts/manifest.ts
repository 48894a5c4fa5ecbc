/**
 * Keeps manifest.json, translations/*.json and docs/settings.md in step with SETTING_SPECS (src/triage/settings.ts).
 *   npx tsx scripts/manifest.ts          rewrite what is derived (manifest locations and parameters, label order, docs/settings.md's table)
 *   npx tsx scripts/manifest.ts --check  change nothing; exit 1 when any of them is out of date
 * Labels and help text are prose: they are written by hand in translations/<locale>.json, and a setting
 * without a label in any locale is an error in both modes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTING_SPECS } from '../src/triage/settings';
import {
  formatJson,
  settingsTable,
  syncLocations,
  syncManifest,
  syncTranslations,
  withSettingsTable,
  TABLE_END,
  TABLE_START,
  type JsonObject,
} from './manifest/generate';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
const errors: string[] = [];
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const readJson = (file: string): JsonObject => JSON.parse(read(file)) as JsonObject;

/** Compares or writes one derived file. */
function settle(file: string, wanted: string): void {
  if (read(file) === wanted) return;
  if (check) {
    errors.push(`error: ${file}: out of date with SETTING_SPECS; run npx tsx scripts/manifest.ts`);
  } else {
    writeFileSync(join(root, file), wanted);
    console.log(`wrote ${file}`);
  }
}

settle('manifest.json', formatJson(syncLocations(syncManifest(readJson('manifest.json'), SETTING_SPECS))));

for (const name of readdirSync(join(root, 'translations')).filter((f) => f.endsWith('.json')).sort()) {
  const file = `translations/${name}`;
  const { json, missing } = syncTranslations(readJson(file), SETTING_SPECS);
  for (const setting of missing) errors.push(`error: ${file}: no label for setting "${setting}"; add app.parameters.${setting}.label and helpText`);
  settle(file, formatJson(json));
}

const SETTINGS_DOC = 'docs/settings.md';
const settingsDoc = withSettingsTable(read(SETTINGS_DOC), settingsTable(SETTING_SPECS, readJson('translations/en.json')));
if (settingsDoc === null) errors.push(`error: ${SETTINGS_DOC}: the settings table markers are missing: ${TABLE_START} … ${TABLE_END}`);
else settle(SETTINGS_DOC, settingsDoc);

for (const line of errors) console.error(line);
process.exitCode = errors.length > 0 ? 1 : 0;
