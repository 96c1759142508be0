/**
 * Bundles scripts/bench/page-lib.ts for the page with esbuild (vite's own dependency): one IIFE, the same
 * lib/ code the extension runs, with the project's `@/` alias and `?inline` CSS imports resolved as WXT does.
 */
import { build, type Plugin } from 'esbuild';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `@/x` is the project root; `file.css?inline` is the file's text (as Vite gives it). */
const projectImports: Plugin = {
  name: 'claimlens-imports',
  setup(b) {
    b.onResolve({ filter: /^@\/|\?inline$/ }, async (args) => {
      const inline = args.path.endsWith('?inline');
      let spec = inline ? args.path.slice(0, -'?inline'.length) : args.path;
      let resolveDir = args.resolveDir;
      if (spec.startsWith('@/')) {
        spec = `./${spec.slice(2)}`;
        resolveDir = ROOT;
      }
      const resolved = await b.resolve(spec, { resolveDir, kind: args.kind });
      if (resolved.errors.length) return { errors: resolved.errors };
      return inline ? { path: resolved.path, namespace: 'inline-text' } : { path: resolved.path };
    });
    b.onLoad({ filter: /.*/, namespace: 'inline-text' }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: await readFile(args.path, 'utf8'), loader: 'text' };
    });
  },
};

export async function bundleBenchLibrary(outfile: string): Promise<{ bytes: number }> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/page-lib.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    outfile,
    write: true,
    metafile: true,
    logLevel: 'silent',
    plugins: [projectImports],
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  return { bytes };
}
