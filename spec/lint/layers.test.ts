import { join } from 'node:path';
import { ESLint } from 'eslint';

/** The layer rules of eslint.config.js, run on small sources placed in each layer. */

// The config passed in, not looked up: ESLint loads a config file with import(), which jest refuses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslint = new ESLint({ cwd: join(__dirname, '../..'), overrideConfigFile: true, overrideConfig: require('../../eslint.config.js') });

/** The rules `source` breaks at `filePath`, with their messages. */
async function broken(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

/** A source that imports something from `module` and uses it, so that only the import itself can break a rule. */
const importing = (module: string): string => `import { thing } from '${module}';\nexport const used = thing;\n`;

/** One test per module that `file` may not import, failing with the rule's message, which says `why`. */
function refusesImports(file: string, cases: [module: string, why: string][]): void {
  it.each(cases)('may not import %s', async (module, why) => {
    expect(await broken(file, importing(module))).toEqual([expect.stringMatching(new RegExp(`^no-restricted-imports: .*${why}`))]);
  });
}

describe('src/triage is pure logic', () => {
  const file = 'src/triage/fixture.ts';

  it('may import the rest of triage', async () => {
    expect(await broken(file, "import type { Tree } from './tree';\nexport type T = Tree;\n")).toEqual([]);
  });

  refusesImports(file, [
    ['react', 'no React'],
    ['react-dom/client', 'no React'],
    ['styled-components', 'no UI or DOM library'],
    ['@zendeskgarden/react-buttons', 'no UI or DOM library'],
    ['../zendesk/rest', 'nothing of src/zendesk or src/app'],
    ['../app/App', 'nothing of src/zendesk or src/app'],
  ]);

  it('uses no DOM', async () => {
    expect(await broken(file, 'export const here = window.location.href;\n')).toEqual(["no-restricted-globals: Unexpected use of 'window'. The layer is pure logic: no DOM."]);
  });
});

describe('src/trees are data', () => {
  const file = 'src/trees/fixture.ts';

  it('may import the tree model from triage', async () => {
    expect(await broken(file, "import type { Tree } from '../triage/tree';\nexport type T = Tree;\n")).toEqual([]);
  });

  refusesImports(file, [
    ['../triage/engine', 'only the tree model'],
    ['../triage/classify', 'only the tree model'],
    ['react', 'no React'],
    ['../zendesk/rest', 'nothing of src/zendesk or src/app'],
  ]);
});

describe('only src/zendesk talks to ZAF', () => {
  const zafGlobal = ["no-restricted-syntax: Only src/zendesk talks to ZAF (window.ZAFClient)."];

  it('src/zendesk reads window.ZAFClient', async () => {
    expect(await broken('src/zendesk/fixture.ts', 'export const factory = window.ZAFClient;\n')).toEqual([]);
  });

  it('src/app uses the client through src/zendesk', async () => {
    expect(await broken('src/app/fixture.ts', "import type { ZafClient } from '../zendesk/zaf';\nexport type C = ZafClient;\n")).toEqual([]);
  });

  it.each(['src/app/fixture.ts', 'src/app/walk/fixture.tsx', 'src/index.tsx'])('%s may not read window.ZAFClient, however spelled', async (file) => {
    expect(await broken(file, 'export const factory = window.ZAFClient;\n')).toEqual(zafGlobal);
    expect(await broken(file, "export const factory: unknown = Reflect.get(window, 'ZAFClient');\n")).toEqual(zafGlobal);
    expect(await broken(file, 'export const client = ZAFClient.init();\n')).toEqual(zafGlobal);
  });

  it('src/triage may not either (nor window at all)', async () => {
    expect(await broken('src/triage/fixture.ts', 'export const factory = window.ZAFClient;\n')).toEqual([
      "no-restricted-globals: Unexpected use of 'window'. The layer is pure logic: no DOM.",
      ...zafGlobal,
    ]);
  });

  it('src/app may not import the SDK', async () => {
    expect(await broken('src/app/fixture.ts', "import 'zendesk_app_framework_sdk';\n")).toEqual([
      "no-restricted-imports: 'zendesk_app_framework_sdk' import is restricted from being used. Only src/zendesk talks to ZAF.",
    ]);
  });
});
