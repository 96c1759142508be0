/**
 * Node side: reads pack files from disk and validates them. The extension never reads packs at run time;
 * it imports the compiled JSON instead.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { validatePack, type ValidateResult } from './validate';

export interface LoadedPack {
  file: string;
  result: ValidateResult;
}

/** `file` is used as given in error messages, so pass the path the user should see (e.g. relative to the repo). */
export async function loadPackFile(file: string): Promise<LoadedPack> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { file, result: { ok: false, errors: [{ file, path: '$', message: `cannot read file: ${(error as Error).message}` }] } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { file, result: { ok: false, errors: [{ file, path: '$', message: `invalid JSON: ${(error as Error).message}` }] } };
  }
  return { file, result: validatePack(json, file) };
}

/** Every `*.json` directly in `dir`, sorted by name. */
export async function listPackFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

export async function loadPacks(dir: string): Promise<LoadedPack[]> {
  return Promise.all((await listPackFiles(dir)).map(loadPackFile));
}
