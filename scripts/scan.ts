/**
 * npm run scan -- [--pack FILE] FILE...
 *
 * Scans .txt and .html files with the same engine as the content script and prints one JSON line per file:
 *   {"file","relevant","score","evidence","mentions":[{"entityId","text","start","end"}],
 *    "figures":[{"value","text","claimId","claimant","confidence","attributedTo","misattributed"}]}
 *
 * `figures` lists every figure the reader found, in the order of the text: those matched to a claim, and those that
 * match none (`claimId`, `claimant` and `misattributed` null, `confidence` 0), which still get `attributedTo`.
 *
 * - .html (.htm, .xhtml): parsed with linkedom and read by lib/dom/extract, like a page in the browser.
 *   Offsets are into the extracted text: the blocks (the title first) joined by a blank line.
 * - anything else is text. A first line `DATE: YYYY-MM-DD` gives the publication date; paragraphs are split
 *   at blank lines, and a short first line without a full stop counts as the headline. Offsets are into the
 *   file's text as read (header included), so `text` is the file's own characters (whitespace collapsed).
 *
 * The pack comes from data/ (validated and compiled in-process, so no build is needed). A file that can't be
 * read or parsed gets an error on stderr naming it; the others are still scanned, and the exit code is 1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '../lib/dom/extract';
import { compilePack, type RuntimePack } from '../lib/pack/compile';
import { loadPackFile } from '../lib/pack/load';
import { formatError } from '../lib/pack/validate';
import { scanDocument } from '../lib/engine/scan';
import type { PageMeta, ScanResult, TextBlock } from '../lib/engine/types';

const ROOT = path.resolve(import.meta.dirname, '..');
export const DEFAULT_PACK = path.join(ROOT, 'data/afpak-2025-26.json');

export interface ScanLine {
  file: string;
  relevant: boolean;
  score: number;
  evidence: ScanResult['evidence'];
  mentions: { entityId: string; text: string; start: number; end: number }[];
  figures: {
    value: number;
    text: string;
    /** null: the figure matches no claim of the pack. */
    claimId: string | null;
    claimant: string | null;
    confidence: number;
    attributedTo: string | null;
    misattributed: boolean | null;
  }[];
}

export interface Document {
  blocks: TextBlock[];
  /** Where each block starts in the file's text (txt) or in the extracted text (html). */
  starts: number[];
  meta: PageMeta;
}

const HTML = /\.(?:html?|xhtml)$/i;
const DATE_LINE = /^\uFEFF?DATE:[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*(?:\r?\n|$)/;

/** A .txt file as blocks: paragraphs between blank lines, with their offsets in the file. */
export function textDocument(text: string): Document {
  const meta: PageMeta = {};
  let from = 0;
  const date = DATE_LINE.exec(text);
  if (date) {
    meta.published = date[1]!;
    from = date[0].length;
  }
  const blocks: TextBlock[] = [];
  const starts: number[] = [];
  const paragraph = /\S[\s\S]*?(?=\r?\n[ \t]*\r?\n|\s*$)/g;
  paragraph.lastIndex = from;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    if (m[0].length === 0) {
      paragraph.lastIndex++;
      continue;
    }
    const first = blocks.length === 0;
    const headline = first && !/\n/.test(m[0].trim()) && m[0].length < 200 && !/[.!?؟۔]["'”’]?$/.test(m[0].trim());
    blocks.push({ text: m[0], kind: headline ? 'headline' : 'body' });
    starts.push(m.index);
  }
  return { blocks, starts, meta };
}

const SEPARATOR = '\n\n';

/** An .html file through the same extraction as the content script. */
export function htmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  const page = extractPage(document as unknown as globalThis.Document);
  const starts: number[] = [];
  let at = 0;
  for (const b of page.blocks) {
    starts.push(at);
    at += b.text.length + SEPARATOR.length;
  }
  return { blocks: page.blocks.map(({ text, kind }) => ({ text, kind })), starts, meta: page.meta };
}

export function toLine(file: string, doc: Document, result: ScanResult): ScanLine {
  return {
    file,
    relevant: result.relevant,
    score: result.score,
    evidence: result.evidence,
    mentions: result.mentions.map((m) => ({
      entityId: m.entityId,
      text: m.text,
      start: doc.starts[m.block]! + m.start,
      end: doc.starts[m.block]! + m.end,
    })),
    figures: [
      ...result.figures.map((f) => ({
        at: [f.block, f.start],
        line: {
          value: f.value,
          text: f.text,
          claimId: f.claimId,
          claimant: f.claimant,
          confidence: f.confidence,
          attributedTo: f.attributedTo ?? null,
          misattributed: f.misattributed ?? null,
        },
      })),
      ...(result.unmatched ?? []).map((f) => ({
        at: [f.block, f.start],
        line: {
          value: f.value,
          text: f.text,
          claimId: null,
          claimant: null,
          confidence: 0,
          attributedTo: f.attributedTo,
          misattributed: null,
        },
      })),
    ]
      .sort((a, b) => a.at[0]! - b.at[0]! || a.at[1]! - b.at[1]!)
      .map((f) => f.line),
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function scanFile(file: string, pack: RuntimePack): Promise<ScanLine> {
  const bytes = await readFile(file);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error('not UTF-8 text');
  }
  if (text.includes('\u0000')) throw new Error('binary content (NUL bytes), not text');
  const doc = HTML.test(file) ? htmlDocument(text) : textDocument(text);
  return toLine(file, doc, scanDocument(doc.blocks, doc.meta, pack, { keepUnmatched: true }));
}

export async function loadRuntimePack(file = DEFAULT_PACK): Promise<RuntimePack> {
  const loaded = await loadPackFile(file);
  if (!loaded.result.ok) throw new Error(loaded.result.errors.map(formatError).join('\n'));
  return compilePack(loaded.result.pack);
}

export async function main(
  argv: string[],
  io = { out: (s: string) => console.log(s), err: (s: string) => console.error(s) },
): Promise<number> {
  const files: string[] = [];
  let packFile = DEFAULT_PACK;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--pack') packFile = argv[++i] ?? '';
    else if (arg.startsWith('--pack=')) packFile = arg.slice('--pack='.length);
    else if (arg === '--') continue;
    else files.push(arg);
  }
  if (files.length === 0) {
    io.err('usage: npm run scan -- [--pack FILE] FILE...');
    return 2;
  }
  let pack: RuntimePack;
  try {
    pack = await loadRuntimePack(packFile);
  } catch (error) {
    io.err(`scan: cannot load pack ${packFile}: ${(error as Error).message}`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      io.out(JSON.stringify(await scanFile(file, pack)));
    } catch (error) {
      failed++;
      const reason = (error as NodeJS.ErrnoException).code ? (error as Error).message : `cannot parse: ${(error as Error).message}`;
      io.err(`scan: ${file}: ${reason}`);
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
