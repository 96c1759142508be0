/**
 * The side-by-side claim table of one event, to take away: Markdown (to paste into an article), CSV (a
 * spreadsheet) and JSON. Every format names the pack, its version and the dates its data covers, so a pasted
 * table never loses where it came from. Pure formatting: the table itself is built by `claimTable` in
 * lib/content/card-model.ts, from the same words the card uses.
 */
import type { Claim, Side } from './pack/schema';

export interface ClaimTableRow {
  side: Side;
  claimant: string;
  /** "ISPR claim": the same noun for every side. */
  label: string;
  figure: string;
  qualifier: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  subject: string;
  period: { start: string; end: string };
  date: string;
  sources: { outlet: string; url: string; published?: string }[];
  confidence: Claim['confidence'];
  /** The day the claim was last checked against its sources (pack 1.1), or null. */
  verified: string | null;
  supersededBy: string | null;
  note: string | null;
}

export interface ClaimTable {
  pack: { id: string; title: string; version: string; coverage: { start: string; end: string } };
  event: { id: string; title: string; date: string; endDate: string | null };
  claims: ClaimTableRow[];
}

function provenance(table: ClaimTable): string {
  const { pack } = table;
  return `${pack.title} (${pack.id}), version ${pack.version}; data from ${pack.coverage.start} through ${pack.coverage.end}`;
}

function periodText(p: { start: string; end: string }): string {
  return p.start === p.end ? p.start : `${p.start} to ${p.end}`;
}

function figureText(row: ClaimTableRow): string {
  return row.subject && row.unit ? `${row.figure} · ${row.subject}` : row.figure;
}

/** A pipe or a line break inside a cell would break the table. */
function mdCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

export const TABLE_COLUMNS = ['Side', 'Claimant', 'Label', 'Figure', 'Period', 'Said on', 'Sources', 'Confidence', 'Verified'] as const;

export function toMarkdown(table: ClaimTable): string {
  const lines = [
    `### ${mdCell(table.event.title)} (${periodText({ start: table.event.date, end: table.event.endDate ?? table.event.date })})`,
    '',
    `Source: ${mdCell(provenance(table))}. Every figure is a claim by the party named, not a verified fact.`,
    '',
    `| ${TABLE_COLUMNS.join(' | ')} |`,
    `| ${TABLE_COLUMNS.map(() => '---').join(' | ')} |`,
  ];
  for (const row of table.claims) {
    const cells = [
      row.side,
      row.claimant,
      row.label,
      figureText(row) + (row.note ? ` (${row.note})` : ''),
      periodText(row.period),
      row.date,
      row.sources.map((s) => `[${s.outlet}](${s.url})`).join(', '),
      row.confidence,
      row.verified ?? '',
    ];
    lines.push(`| ${cells.map(mdCell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: a quote mark keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'pack',
  'pack_version',
  'coverage_start',
  'coverage_end',
  'event_id',
  'event_title',
  'side',
  'claimant',
  'label',
  'figure',
  'qualifier',
  'value',
  'min',
  'max',
  'unit',
  'subject',
  'period_start',
  'period_end',
  'said_on',
  'sources',
  'confidence',
  'verified',
  'note',
] as const;

/** RFC 4180, one row per claim; the pack and its coverage on every row, so a sorted or filtered sheet keeps them. */
export function toCsv(table: ClaimTable): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const row of table.claims)
    rows.push([
      table.pack.id,
      table.pack.version,
      table.pack.coverage.start,
      table.pack.coverage.end,
      table.event.id,
      table.event.title,
      row.side,
      row.claimant,
      row.label,
      row.figure,
      row.qualifier,
      row.value,
      row.min,
      row.max,
      row.unit,
      row.subject,
      row.period.start,
      row.period.end,
      row.date,
      row.sources.map((s) => `${s.outlet} <${s.url}>`).join('; '),
      row.confidence,
      row.verified,
      row.note,
    ]);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toJson(table: ClaimTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}

export type TableFormat = 'markdown' | 'csv' | 'json';

export function formatTable(table: ClaimTable, format: TableFormat): { text: string; mime: string; filename: string } {
  const base = `claimlens-${table.pack.id}-${table.pack.version}-${table.event.id}`;
  if (format === 'markdown') return { text: toMarkdown(table), mime: 'text/markdown', filename: `${base}.md` };
  if (format === 'csv') return { text: toCsv(table), mime: 'text/csv', filename: `${base}.csv` };
  return { text: toJson(table), mime: 'application/json', filename: `${base}.json` };
}
