import type { Bar, InsightsSummary, Rate } from './insights';

/**
 * The Insights page's table as CSV (RFC 4180: comma-separated, CRLF, quoted where needed), one row
 * a bar or rate, for a spreadsheet. English and ids, like the tags it counts.
 */

export const CSV_HEADER = ['section', 'procedure', 'kind', 'label', 'value', 'exact', 'search'] as const;

/**
 * A cell as text a spreadsheet shows as it is: quoted when it holds a comma, a quote or a line
 * break; a leading `=`, `+`, `-` or `@` (which a spreadsheet would run as a formula) behind a `'`.
 */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const barRow = (section: string, bar: Bar, procedure = '', kind = ''): (string | number)[] => [
  section,
  procedure,
  kind,
  bar.label,
  bar.value,
  bar.exact ? 'yes' : 'at least',
  bar.query ?? '',
];

const rateRow = (label: string, rate: Rate): (string | number)[] => [
  'rate',
  '',
  '',
  label,
  rate.rate === null ? '' : Number(rate.rate.toFixed(4)),
  rate.exact ? 'yes' : 'approximate',
  '',
];

export function insightsCsv(summary: InsightsSummary): string {
  const rows: (string | number)[][] = [
    [...CSV_HEADER],
    ...summary.walks.map((b) => barRow('procedure', b, b.key)),
    ...summary.outcomes.map((b) => barRow('outcome', b, b.tree, b.kind ?? '')),
    rateRow('escalated to Tier 2 (of Tier 1 tickets)', summary.escalationRate),
    rateRow('returned by Tier 2 (of escalations to Tier 2)', summary.returnRate),
    ...summary.packets.map((b) => barRow('packet', b)),
    ...summary.districts.map((b) => barRow('district', b)),
  ];
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
