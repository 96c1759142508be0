import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openClaimLensDb } from '../../../lib/notes/db';
import { importNotesFile } from '../../../lib/notes/import';
import { makeNote, type Note } from '../../../lib/notes/model';
import { NoteStore } from '../../../lib/notes/store';
import { exportJson, exportMarkdown, planImport } from '../../../lib/notes/transfer';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/notes-import');
const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

let seq = 0;
function freshStore() {
  const name = `claimlens-transfer-test-${Date.now()}-${seq++}`;
  return new NoteStore(() => openClaimLensDb(name));
}

/** Everything a reader could tell apart, in a stable order. */
const snapshot = (notes: Note[]) => [...notes].sort((a, b) => (a.id < b.id ? -1 : 1));

const sample = (): Note[] => [
  makeNote(
    {
      url: 'https://news.example/a',
      title: 'Border clashes',
      text: 'Compare with the ISPR figure.',
      tags: ['figures', 'ispr'],
      quote: { type: 'TextQuoteSelector', exact: '58 soldiers', prefix: 'said ', suffix: ' were' },
      position: { type: 'TextPositionSelector', start: 10, end: 21 },
      claimId: 'mujahid-58',
      claimant: 'zabihullah-mujahid',
    },
    1_700_000_000_000,
  ),
  makeNote(
    {
      url: 'https://news.example/b',
      title: 'سرحدی جھڑپیں',
      text: 'دونوں فریقوں کے دعوے مختلف ہیں',
      tags: [],
      quote: { type: 'TextQuoteSelector', exact: 'طالبان نے کہا', prefix: '', suffix: '' },
    },
    1_700_000_100_000,
  ),
  makeNote(
    {
      url: 'https://news.example/c',
      title: 'Claim only',
      text: 'A note on a claim with no selection.',
      tags: ['later'],
      claimId: 'ispr-23',
      orphan: true,
    },
    1_700_000_200_000,
  ),
];

describe('export', () => {
  it('writes a W3C Web Annotation collection in a versioned ClaimLens envelope', () => {
    const json = JSON.parse(exportJson(sample(), '0.1.0', new Date('2026-02-01T00:00:00Z')));
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.claimlens).toEqual({ format: 'claimlens-notes', version: 1 });
    expect(json.total).toBe(3);
    const first = json.first.items[0];
    expect(first).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      target: {
        source: 'https://news.example/a',
        selector: [
          { type: 'TextQuoteSelector', exact: '58 soldiers' },
          { type: 'TextPositionSelector', start: 10, end: 21 },
        ],
      },
      claimlens: { title: 'Border clashes', claimId: 'mujahid-58', claimant: 'zabihullah-mujahid', orphan: false },
    });
    expect(first.id).toMatch(/^urn:uuid:/);
    expect(first.body).toContainEqual({ type: 'TextualBody', value: 'figures', purpose: 'tagging' });
  });

  it('writes Markdown grouped by page, with quotes and links', () => {
    const md = exportMarkdown(sample(), new Date('2026-02-01T00:00:00Z'));
    expect(md).toContain('## [Border clashes](<https://news.example/a>)');
    expect(md).toContain('> 58 soldiers');
    expect(md).toContain('#figures #ispr');
    expect(md).toContain('not found on the page at the last visit');
    expect(md.indexOf('Claim only')).toBeLessThan(md.indexOf('Border clashes'));
  });

  it('export, wipe, import gives the identical set', async () => {
    const store = freshStore();
    for (const n of sample()) await store.insert(n);
    const before = snapshot(await store.all());
    const file = exportJson(before, '0.1.0');
    await store.clear();
    expect(await store.count()).toBe(0);
    const report = await importNotesFile(store, file);
    expect(report.message).toBe('3 imported');
    expect(snapshot(await store.all())).toEqual(before);
    // And importing the same file again writes nothing twice.
    const again = await importNotesFile(store, file);
    expect(again.message).toBe('0 imported, 3 duplicates skipped');
    expect(await store.count()).toBe(3);
  });
});

describe('import of the malformed corpus', () => {
  const refused: Record<string, RegExp> = {
    'not-json.json': /not valid JSON/,
    'empty.json': /not valid JSON/,
    'array-root.json': /not a ClaimLens notes export/,
    'foreign-annotations.json': /not a ClaimLens notes export/,
    'wrong-version.json': /newer ClaimLens \(format 99\)/,
    'version-as-string.json': /no valid format version/,
    'no-items.json': /no list of notes/,
    'proto-envelope.json': /forbidden key "__proto__"/,
  };

  for (const [file, why] of Object.entries(refused)) {
    it(`refuses ${file} as a whole and leaves the store untouched`, async () => {
      const store = freshStore();
      for (const n of sample()) await store.insert(n);
      const before = snapshot(await store.all());
      const report = await importNotesFile(store, read(file));
      expect(report.ok).toBe(false);
      expect(report.message).toMatch(why);
      expect(report.message).toMatch(/nothing was imported/i);
      expect(snapshot(await store.all())).toEqual(before);
    });
  }

  it('reports missing fields record by record', () => {
    const plan = planImport(read('missing-fields.json'));
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.records.map((r) => r.record)).toEqual([1]);
    expect(plan.invalid).toEqual([
      { record: 2, reason: 'has no target' },
      { record: 3, reason: 'has no id' },
      { record: 4, reason: 'has no creation date' },
      { record: 5, reason: 'has no quote selector and no claim' },
      { record: 6, reason: 'has no target page address' },
      { record: 7, reason: 'quote selector: has no exact' },
      { record: 8, reason: 'type is not "Annotation"' },
      { record: 9, reason: 'is not an object' },
    ]);
  });

  it('refuses huge strings record by record', () => {
    const plan = planImport(read('huge-strings.json'));
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.records.map((r) => r.record)).toEqual([1]);
    expect(plan.invalid.map((i) => i.record)).toEqual([2, 3, 4, 5]);
    expect(plan.invalid[0]!.reason).toBe('note text is longer than 20000 characters');
    expect(plan.invalid[1]!.reason).toMatch(/quote selector: exact is longer than 10000/);
    expect(plan.invalid[2]!.reason).toMatch(/target page address is longer than 4096/);
    expect(plan.invalid[3]!.reason).toMatch(/tag longer than 64/);
  });

  it('rejects bad values: a javascript: target, a non-date, a backwards position, a wrong type, an id with a path', () => {
    const plan = planImport(read('bad-values.json'));
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.records.map((r) => r.record)).toEqual([1]);
    expect(plan.invalid.map((i) => `${i.record}: ${i.reason}`)).toEqual([
      '2: target page address is not an http(s) address',
      '3: creation date is not a date',
      '4: position selector: start is after end',
      '5: title is not text',
      '6: id is not a ClaimLens note id',
    ]);
  });

  it('skips duplicate ids and duplicate target+text, inside the file and against the store', async () => {
    const store = freshStore();
    const report = await importNotesFile(store, read('duplicate-ids.json'));
    expect(report.message).toBe('3 imported, 2 duplicates skipped');
    expect(await store.count()).toBe(3);
  });

  it('drops records with prototype-pollution keys and pollutes nothing', async () => {
    const store = freshStore();
    const report = await importNotesFile(store, read('prototype-pollution.json'));
    expect(report.message).toBe(
      '1 imported, 3 invalid: record 1 has a forbidden key "__proto__"; record 2 has a forbidden key "__proto__"; record 3 has a forbidden key "constructor"',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const [note] = await store.all();
    expect(Object.getPrototypeOf(note)).toBe(Object.prototype);
  });

  it('imports a valid file, right-to-left text included', async () => {
    const store = freshStore();
    const report = await importNotesFile(store, read('valid.json'));
    expect(report.message).toBe('6 imported');
    const urdu = (await store.all()).find((n) => n.claimId === 'mujahid-oct-12-killed')!;
    expect(urdu).toMatchObject({ title: 'گزارش', orphan: true, claimant: 'zabihullah-mujahid', url: 'https://news.example/story-0' });
  });

  it('prints the report for every file in the corpus (the issue asks for it)', async () => {
    const lines: string[] = [];
    for (const file of readdirSync(CORPUS).sort()) {
      const report = await importNotesFile(freshStore(), read(file));
      lines.push(`${file}: ${report.ok ? '' : 'REFUSED: '}${report.message}`);
    }
    console.log(lines.join('\n'));
    expect(lines).toHaveLength(readdirSync(CORPUS).length);
  });
});
