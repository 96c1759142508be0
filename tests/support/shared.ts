/**
 * `../shared` (beside the worktree): the Readability pages and the research notes, read at test time and never copied.
 * Locally a missing folder skips the tests that read it, with a warning; under CI=true it fails the run, so a CI that
 * lost the folder can't pass by testing less.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');

export function sharedPath(relative: string, env: Record<string, string | undefined> = process.env): { path: string; present: boolean } {
  const path = resolve(SHARED_DIR, relative);
  const present = existsSync(path);
  if (!present) {
    if (env.CI === 'true') throw new Error(`${path} is missing, and CI=true: the tests that read ../shared must run in CI`);
    console.warn(`${path} not found: skipping the tests that read it`);
  }
  return { path, present };
}
