import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { USERS } from '../harness/fixtures';
import { TREES } from '../src/trees';
import { axeViolations } from './a11y';
import { eventually } from './eventually';
import type { Session } from './session';
import { t, walkingSessionPerFile, type Walker } from './walker';

/**
 * The Insights page for Tier 2 leads, in the nav bar beside the queue, over the stand-in's few
 * weeks of walks: its charts draw, a bar opens the tickets behind it, and its CSV holds the
 * table's rows. Its chunk is its own: the queue's tab never fetches it.
 *
 * `npm run screenshots` runs this file with SCREENSHOTS=1 too: the README's picture of the page is
 * taken from the screen the first test checks.
 */

let s: Session;
let w: Walker;
walkingSessionPerFile((session, walking) => ([s, w] = [session, walking]));

const ROSTERING = TREES.access.outcomes.rostering_wait_for_sync!.title;

/** The nav bar's frame, whole: the page is made tall enough that the browser paints all of the cross-site frame. */
async function shoot(doc: string): Promise<void> {
  const frame = s.page.locator('iframe.app-frame');
  const box = await frame.boundingBox();
  if (!box) throw new Error(`${doc}: the app iframe is not on the page`);
  await s.page.setViewportSize({ width: Math.ceil(box.x + box.width), height: Math.ceil(box.y + box.height) });
  const dir = join(__dirname, '..', 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await frame.screenshot({ path: join(dir, doc), animations: 'disabled' });
}

async function openInsights(): Promise<void> {
  await s.open({ location: 'nav_bar', agent: USERS.tier2Agent });
  await w.sidebar().getByRole('heading', { name: t('queue.title') }).waitFor();
  await w.sidebar().getByRole('button', { name: t('nav.insights'), exact: true }).click();
  await w.sidebar().locator('[data-insights-finished]').waitFor();
}

describe('the Insights page', () => {
  it('draws its charts: every bar as long as its count against the longest, in its own chunk', async () => {
    const chunks: string[] = [];
    const record = (request: { url(): string }) => chunks.push(new URL(request.url()).pathname);
    s.context.on('request', record);
    await s.open({ location: 'nav_bar', agent: USERS.tier2Agent });
    await w.sidebar().getByRole('heading', { name: t('queue.title') }).waitFor();
    expect(chunks.filter((c) => c.startsWith('/app/assets/insights.'))).toEqual([]);
    await w.sidebar().getByRole('button', { name: t('nav.insights'), exact: true }).click();
    await w.sidebar().locator('[data-insights-finished]').waitFor();
    s.context.off('request', record);
    expect(chunks.filter((c) => c.startsWith('/app/assets/insights.'))).toHaveLength(1);

    const walks = w.sidebar().getByRole('list', { name: t('insights.walks.title') });
    const drawn = await walks.locator('rect').evaluateAll((rects) => rects.map((r) => ({ value: Number(r.getAttribute('data-value')), width: r.getBoundingClientRect().width })));
    const longest = Math.max(...drawn.map((d) => d.width));
    const most = Math.max(...drawn.map((d) => d.value));
    expect(longest).toBeGreaterThan(0);
    for (const d of drawn) expect(d.width / longest).toBeCloseTo(d.value / most, 1);
    expect(await w.sidebar().locator('[data-bar]').count()).toBeGreaterThan(10);
    expect(await axeViolations(await s.appFrame())).toEqual([]);
    if (process.env.SCREENSHOTS === '1') await shoot('insights.png');
  });

  it('a bar opens its tickets, and a ticket opens in Zendesk', async () => {
    await openInsights();
    await w.sidebar().getByRole('button', { name: `${ROSTERING} 4 ${t('insights.bar')}` }).click();
    const opened = w.sidebar().getByRole('region', { name: t('insights.tickets.title', { label: ROSTERING }) });
    const tickets = opened.getByRole('button', { name: /^Open ticket \d+$/ });
    await eventually(async () => expect(await tickets.count()).toBe(4));
    const first = (await tickets.first().textContent())?.match(/\d+/)?.[0];
    await s.reloadsApp(() => tickets.first().click());
    await eventually(() => expect(new URL(s.page.url()).searchParams.get('ticket')).toBe(first));
  });

  it('the CSV holds a row for every row of the table, with the same figures', async () => {
    await openInsights();
    const href = await w.sidebar().getByRole('link', { name: t('insights.csv') }).getAttribute('href');
    const csv = decodeURIComponent((href ?? '').replace(/^data:text\/csv;charset=utf-8,/, ''));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('section,procedure,kind,label,value,exact,search');
    const table = w.sidebar().getByRole('table', { name: t('insights.table.title') });
    const cells = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const bars = lines.slice(1).filter((l) => !l.startsWith('rate,'));
    expect(bars).toHaveLength(cells.length);
    expect(cells.map((c) => c[2])).toEqual(bars.map((l) => l.split(',').at(-3)));
    expect(lines.filter((l) => l.startsWith('rate,'))).toHaveLength(2);
    expect(bars.some((l) => l.includes(`,${ROSTERING},4,yes,`))).toBe(true);
  });
});
