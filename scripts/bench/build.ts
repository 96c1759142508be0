/**
 * The bench's builds: the production build (`npm run build`: sizes, the popup, the trace) and the bench build
 * (CLAIMLENS_BENCH=1, in .output/bench/: the same code with a performance measure around each piece of ClaimLens's
 * work, lib/content/bench-marks.ts). Their output goes to stderr: stdout carries only the JSON lines.
 */
import { execFileSync } from 'node:child_process';
import { note, ROOT } from './output';

export function buildAll(): void {
  if (process.env.CLAIMLENS_BENCH_SKIP_BUILD === '1') return note('builds skipped (CLAIMLENS_BENCH_SKIP_BUILD=1)');
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, ...env } });
  note('npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  note('bench build (CLAIMLENS_BENCH=1 → .output/bench)');
  run(['wxt', 'build'], { CLAIMLENS_BENCH: '1' });
  run(['wxt', 'build', '-b', 'firefox'], { CLAIMLENS_BENCH: '1' });
}
