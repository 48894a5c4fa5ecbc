import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGETS, ratio } from '../../bench/budgets';
import { buildBoth } from '../../bench/build';
import { initialJs, type JsCost } from '../../bench/bundle';

// Two production webpack builds.
jest.setTimeout(240_000);

const list = (js: JsCost): string => js.scripts.map((s) => `${s.file} ${s.gzipBytes} B gzip`).join(', ');

describe('the bundle budget (deterministic: the same sources give the same bytes)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-budget-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`the sidebar's initial JavaScript is at most ${BUDGETS.bundle_ratio} times a Garden Button app's, built the same way`, async () => {
    const dirs = await buildBoth(dir);
    const app = initialJs(dirs.app);
    const baseline = initialJs(dirs.baseline);
    const figure = ratio(app.gzipBytes, baseline.gzipBytes);
    const verdict =
      figure <= BUDGETS.bundle_ratio
        ? 'within budget'
        : `over budget: app ${app.gzipBytes} B (${list(app)}) / baseline ${baseline.gzipBytes} B = ${figure} > ${BUDGETS.bundle_ratio}`;
    // The failure names the scripts and their sizes; docs/performance.md says where the bytes go.
    expect(verdict).toBe('within budget');
  });
});
