import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import type { AxeResults } from 'axe-core';

/**
 * axe-core in the app's own document, in a real browser: unlike jsdom it sees layout, so
 * colour contrast, target sizes and hidden content are checked too. The script is evaluated
 * in the frame (not added as a tag), so no page policy can stop it, and it runs once per frame.
 */

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One line per violation: the rule, what it says, and the elements it found. Empty when there is none. */
export async function axeViolations(frame: Frame): Promise<string[]> {
  const loaded = await frame.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await frame.evaluate(AXE_SOURCE);
  // The whole document with axe's default rules: WCAG 2.x A and AA plus its best practices.
  return frame.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
    const results = await axe.run(document);
    return results.violations.map((v) => `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
