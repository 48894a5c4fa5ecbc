import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READABLE_SETTING_SPECS } from '../../src/triage/settings';

const root = join(__dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
const adminCenter = (locale: string) => (json(`translations/${locale}.json`) as { app: { parameters: Record<string, { label: string }> } }).app.parameters;

describe("the app names a setting as Admin Center labels it", () => {
  it.each([
    ['en', 'src/app/messages/en.later.json'],
    ['es', 'src/app/messages/es.json'],
  ])('%s: settingLabel.<name> is the marketplace label of every setting the app reads', (locale, messages) => {
    const app = json(messages);
    const labels = adminCenter(locale);
    for (const { name } of READABLE_SETTING_SPECS) expect([name, app[`settingLabel.${name}`]]).toEqual([name, labels[name]?.label]);
  });
});
