import * as esbuild from 'esbuild';
const entry = process.argv[2];
const inlineCss = { name: 'inline', setup(b) {
  b.onResolve({ filter: /\?inline$/ }, a => ({ path: a.path.replace('@/', '/work/main/').replace(/\?inline$/, ''), namespace: 'css' }));
  b.onLoad({ filter: /.*/, namespace: 'css' }, async a => ({ contents: (await import('fs')).readFileSync(a.path, 'utf8'), loader: 'text' }));
  b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: '/work/main/node_modules/wxt/dist/browser.mjs' }));
}};
const r = await esbuild.build({
  entryPoints: [entry], bundle: true, write: false, metafile: true, minify: true, format: 'iife',
  alias: { '@': '/work/main' }, jsx: 'automatic', jsxImportSource: 'preact', charset: 'utf8', plugins: [inlineCss],
  define: { __CLAIMLENS_BENCH__: 'false', 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
  logLevel: 'error',
});
console.log(await esbuild.analyzeMetafile(r.metafile, { verbose: false }));
