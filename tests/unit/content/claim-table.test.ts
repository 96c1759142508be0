/** The claim table of an event in Markdown, CSV and JSON, each parsed back and compared with the pack. */
import { describe, expect, it } from 'vitest';
import packJson from '@/data/afpak-2025-26.json';
import type { Pack } from '@/lib/pack/schema';
import { claimTable, indexPack } from '@/lib/content/card-model';
import { CSV_COLUMNS, formatTable, TABLE_COLUMNS, toCsv, toJson, toMarkdown } from '@/lib/claim-table';
import { coverageOf } from '@/lib/pack/as-of';

const pack = packJson as unknown as Pack;
const index = indexPack(pack);
const EVENT = 'oct12-border-clashes';
const table = claimTable(index, EVENT)!;
const expectedIds = pack.claims.filter((c) => c.event === EVENT);
const coverage = coverageOf(pack);

/** RFC 4180, enough for the test: quoted fields with "" and commas and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\r' && text[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    } else field += ch;
  }
  return rows;
}

function parseMarkdownTable(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .map((l) =>
      l
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((cell) => cell.replace(/\\\|/g, '|').replace(/\\\\/g, '\\')),
    );
}

describe('claim table', () => {
  it('holds every claim of the event, sides in the card’s order, with the pack and its coverage', () => {
    expect(table.claims.length).toBe(expectedIds.length);
    expect(table.pack).toEqual({ id: pack.meta.id, title: pack.meta.title, version: pack.meta.version, coverage });
    const sides = table.claims.map((c) => c.side);
    expect(sides).toEqual(
      [...sides].sort(
        (a, b) => ['afghanistan', 'pakistan', 'independent'].indexOf(a) - ['afghanistan', 'pakistan', 'independent'].indexOf(b),
      ),
    );
    for (const row of table.claims) expect(row.label).toMatch(/ claim$/);
  });

  it('JSON parses back to the same table', () => {
    expect(JSON.parse(toJson(table))).toEqual(JSON.parse(JSON.stringify(table)));
  });

  it('CSV parses back: one row per claim, the pack and coverage on every row, values and sources intact', () => {
    const rows = parseCsv(toCsv(table));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(table.claims.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    rows.slice(1).forEach((r, i) => {
      const claim = table.claims[i]!;
      expect(r.length).toBe(CSV_COLUMNS.length);
      expect([r[col('pack')], r[col('pack_version')], r[col('coverage_start')], r[col('coverage_end')]]).toEqual([
        pack.meta.id,
        pack.meta.version,
        coverage.start,
        coverage.end,
      ]);
      expect(r[col('value')]).toBe(claim.value === null ? '' : String(claim.value));
      expect(r[col('claimant')]).toBe(claim.claimant);
      expect(r[col('said_on')]).toBe(claim.date);
      expect(r[col('note')]).toBe(claim.note ?? '');
      for (const s of claim.sources) expect(r[col('sources')]).toContain(s.url);
    });
  });

  it('CSV keeps a cell that starts like a formula as text', () => {
    const evil = { ...table, claims: [{ ...table.claims[0]!, note: '=HYPERLINK("http://x")' }] };
    const rows = parseCsv(toCsv(evil));
    expect(rows[1]![CSV_COLUMNS.indexOf('note')]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('Markdown parses back: header, one row per claim, pipes in text escaped, provenance above', () => {
    const md = toMarkdown(table);
    expect(md).toContain(`version ${pack.meta.version}`);
    expect(md).toContain(`from ${coverage.start} through ${coverage.end}`);
    const rows = parseMarkdownTable(md);
    expect(rows[0]).toEqual([...TABLE_COLUMNS]);
    expect(rows.length - 2).toBe(table.claims.length);
    rows.slice(2).forEach((r, i) => {
      expect(r.length).toBe(TABLE_COLUMNS.length);
      expect(r[1]).toBe(table.claims[i]!.claimant);
      expect(r[5]).toBe(table.claims[i]!.date);
    });
    const piped = { ...table, claims: [{ ...table.claims[0]!, claimant: 'A | B' }] };
    expect(parseMarkdownTable(toMarkdown(piped))[2]![1]).toBe('A | B');
  });

  it('names files after pack, version and event', () => {
    expect(formatTable(table, 'csv').filename).toBe(`claimlens-${pack.meta.id}-${pack.meta.version}-${EVENT}.csv`);
    expect(formatTable(table, 'markdown').mime).toBe('text/markdown');
  });
});
