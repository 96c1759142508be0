/** Where the bench's figures go: one JSON line each on stdout and in bench-output/bench.jsonl; progress on stderr. */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const OUT = path.join(ROOT, 'bench-output');
const started = Date.now();

export function startOutput(): void {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'bench.jsonl'), '');
}

export function emit(line: Record<string, unknown>): void {
  const text = JSON.stringify(line);
  process.stdout.write(`${text}\n`);
  appendFileSync(path.join(OUT, 'bench.jsonl'), `${text}\n`);
}

export function note(message: string): void {
  process.stderr.write(`[bench ${elapsedSeconds().toFixed(1)}s] ${message}\n`);
}

export function elapsedSeconds(): number {
  return (Date.now() - started) / 1000;
}

/** The first line of an error, for a figure that could not be measured. */
export function failure(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
