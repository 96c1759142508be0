/**
 * Data packs for the import tests and the screenshots: the bundled pack one version up, with one extra claim, an
 * independent count of Pakistani soldiers for the night of 11–12 October (test data, marked as such in its text).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestPage } from './browsers';
import { chooseFile } from './extension';

export function packWithExtraClaim(extra: { version: string; id: string; text: string; note: string }): string {
  const pack = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/afpak-2025-26.json'), 'utf8'));
  const base = pack.claims.find((c: { id: string }) => c.id === 'oct16-unama-afghan-civilians-killed-1');
  pack.meta.version = extra.version;
  pack.claims.push({
    ...base,
    id: extra.id,
    event: 'oct12-border-clashes',
    date: '2025-10-13',
    period: { start: '2025-10-11', end: '2025-10-12' },
    area: undefined,
    figure: { value: 7, qualifier: 'at-least', unit: 'killed' },
    subject: 'pakistani-soldiers',
    text: extra.text,
    note: extra.note,
  });
  return JSON.stringify(pack);
}

/** Fill the options page's pack-import file chooser as a user would. */
export async function chooseImportFile(options: TestPage, text: string, name = 'newsroom-pack.json'): Promise<void> {
  await chooseFile(options, 'pack-import-file', text, name);
}
