import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, textDocument } from '../../../scripts/scan';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
let dir: string;

const STORY = `DATE: 2025-10-12
Taliban say 58 Pakistani soldiers killed in border clashes

At a press conference in Kabul, Taliban spokesman Zabihullah Mujahid said that 58 Pakistani soldiers were killed and 30
wounded in fighting along the Durand Line.

The Inter-Services Public Relations (ISPR) said 23 troops were martyred, and that more than 200 Taliban and
affiliated terrorists were killed in response. Torkham stayed closed.
`;

const HTML = `<!doctype html><html lang="en"><head><title>Border clashes</title>
<meta property="article:published_time" content="2025-10-12"></head><body><article>
<h1>Clashes along the Durand Line</h1>
<p>Zabihullah Mujahid said 58 Pakistani soldiers were killed near Torkham.</p>
</article></body></html>`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimlens-scan-'));
  await writeFile(path.join(dir, 'story.txt'), STORY);
  await writeFile(path.join(dir, 'page.html'), HTML);
  await writeFile(
    path.join(dir, 'old.txt'),
    'DATE: 2024-12-24\nPakistani strikes in Barmal, near the Durand Line, killed civilians, Zabihullah Mujahid said.\n',
  );
  await writeFile(path.join(dir, 'unrelated.txt'), 'Shares rose on Tuesday as investors welcomed the rate cut.\n');
  await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe('scan CLI', () => {
  it('prints one JSON line per file with the contract’s field names and offsets into the file', async () => {
    const { io, out, err } = capture();
    const file = path.join(dir, 'story.txt');
    expect(await main([file], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0]!);
    expect(Object.keys(line)).toEqual(['file', 'relevant', 'score', 'evidence', 'mentions', 'figures']);
    expect(line.file).toBe(file);
    expect(line.relevant).toBe(true);
    for (const m of line.mentions) {
      expect(Object.keys(m)).toEqual(['entityId', 'text', 'start', 'end']);
      expect(STORY.slice(m.start, m.end).replace(/\s+/g, ' ')).toBe(m.text);
    }
    expect(line.mentions.map((m: { entityId: string }) => m.entityId)).toEqual(
      expect.arrayContaining(['durand-line', 'zabihullah-mujahid', 'ispr', 'torkham']),
    );
    for (const f of line.figures)
      expect(Object.keys(f)).toEqual(['value', 'text', 'claimId', 'claimant', 'confidence', 'attributedTo', 'misattributed']);
    expect(line.figures.map((f: { value: number; claimant: string }) => `${f.value}:${f.claimant}`)).toEqual(
      expect.arrayContaining(['58:zabihullah-mujahid', '30:zabihullah-mujahid', '23:ispr', '200:ispr']),
    );
    expect(line.figures.find((f: { value: number }) => f.value === 30).text).toBe('30 wounded');
  });

  it('lists a figure that matches no claim too, in text order, with the speaker its sentence names', async () => {
    const file = path.join(dir, 'unmatched.txt');
    await writeFile(
      file,
      `DATE: 2025-10-12
Clashes along the Durand Line

Zabihullah Mujahid said 58 Pakistani soldiers were killed in fighting along the Durand Line.

ISPR said 417 Taliban fighters were killed in the clashes near Torkham.
`,
    );
    const { io, out } = capture();
    expect(await main([file], io)).toBe(0);
    const figures = JSON.parse(out[0]!).figures;
    expect(figures).toMatchObject([
      {
        value: 58,
        claimId: 'oct12-iea-pak-soldiers-killed-58',
        claimant: 'zabihullah-mujahid',
        attributedTo: 'zabihullah-mujahid',
        misattributed: false,
      },
      // 417 is no recorded count: no claim, no claimant, no flag; still the speaker the sentence names.
      { value: 417, claimId: null, claimant: null, confidence: 0, attributedTo: 'ispr', misattributed: null },
    ]);
    expect(Object.keys(figures[1])).toEqual(['value', 'text', 'claimId', 'claimant', 'confidence', 'attributedTo', 'misattributed']);
  });

  it('reads HTML through the page extractor', async () => {
    const { io, out } = capture();
    expect(await main([path.join(dir, 'page.html')], io)).toBe(0);
    const line = JSON.parse(out[0]!);
    expect(line.relevant).toBe(true);
    expect(line.figures).toMatchObject([{ value: 58, claimId: 'oct12-iea-pak-soldiers-killed-58', claimant: 'zabihullah-mujahid' }]);
  });

  it('says not relevant, with no mentions, for an earlier episode and for unrelated text', async () => {
    const { io, out } = capture();
    expect(await main([path.join(dir, 'old.txt'), path.join(dir, 'unrelated.txt')], io)).toBe(0);
    expect(out.map((l) => JSON.parse(l))).toMatchObject([
      { relevant: false, mentions: [], figures: [] },
      { relevant: false, score: 0, evidence: [], mentions: [], figures: [] },
    ]);
  });

  it('names an unreadable or unparseable file on stderr, scans the others, and exits non-zero', async () => {
    const missing = path.join(dir, 'missing.txt');
    const binary = path.join(dir, 'binary.txt');
    const { stdout, stderr, code } = await run('npx', ['tsx', 'scripts/scan.ts', missing, path.join(dir, 'story.txt'), binary], {
      cwd: ROOT,
    }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; stderr: string; code: number }) => e,
    );
    expect(code).not.toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).relevant).toBe(true);
    expect(stderr).toContain(missing);
    expect(stderr).toContain(binary);
  }, 30_000);

  it('splits a text file into paragraphs and takes a short first line as the headline', () => {
    const doc = textDocument(STORY);
    expect(doc.meta.published).toBe('2025-10-12');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['headline', 'body', 'body']);
    doc.blocks.forEach((b, i) => expect(STORY.slice(doc.starts[i], doc.starts[i]! + b.text.length)).toBe(b.text));
  });
});
