/**
 * Measurement: what each page downloads and parses: the start-up content script (every page), gate.js (pages whose
 * first read found a word of a name), annotate.js (stage two, relevant pages only) and card.js (what the claims card
 * draws with, loaded once a page's first badges are in), gzip level 9, from the production build (.output/chrome-mv3).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIRS } from '../../tests/support/browsers';
import { emit, ROOT } from './output';
import { round } from './stats';

export function measureSizes(): { startupGzipKB: number | null; annotateGzipKB: number | null } {
  const dir = BUILD_DIRS.chromium;
  const gz = (file: string): { bytes: number; gzipBytes: number } | null => {
    const p = path.join(dir, file);
    if (!existsSync(p)) return null;
    const buf = readFileSync(p);
    return { bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
  };
  const content = gz('content-script.js');
  const annotate = gz('annotate.js');
  const gate = gz('gate.js');
  const notes = gz('notes.js');
  const card = gz('card.js');
  const figures = {
    startupGzipKB: content ? round(content.gzipBytes / 1024, 1) : null,
    annotateGzipKB: annotate ? round(annotate.gzipBytes / 1024, 1) : null,
  };
  emit({
    arm: 'bundle-size',
    build: path.relative(ROOT, dir),
    gzip: 'level 9',
    startupContentJs: content,
    annotateJs: annotate,
    gateJs: gate,
    notesJs: notes,
    cardJs: card,
    ...figures,
    gateGzipKB: gate ? round(gate.gzipBytes / 1024, 1) : null,
    notesGzipKB: notes ? round(notes.gzipBytes / 1024, 1) : null,
    cardGzipKB: card ? round(card.gzipBytes / 1024, 1) : null,
  });
  return figures;
}
