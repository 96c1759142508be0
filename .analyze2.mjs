import * as esbuild from 'esbuild';
const inlineCss = { name: 'inline', setup(b) {
  b.onResolve({ filter: /\?inline$/ }, a => ({ path: a.path.replace('@/', '/work/main/').replace(/\?inline$/, ''), namespace: 'css' }));
  b.onLoad({ filter: /.*/, namespace: 'css' }, async a => ({ contents: (await import('fs')).readFileSync(a.path, 'utf8'), loader: 'text' }));
  b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: '/work/main/node_modules/wxt/dist/browser.mjs' }));
}};
const r = await esbuild.build({
  entryPoints: [process.argv[2]], bundle: true, write: false, metafile: true, minify: true, format: 'iife',
  alias: { '@': '/work/main' }, jsx: 'automatic', jsxImportSource: 'preact', charset: 'utf8', plugins: [inlineCss],
  define: { __CLAIMLENS_BENCH__: 'false' }, logLevel: 'error',
});
const target = process.argv[3];
for (const [f, info] of Object.entries(r.metafile.inputs)) for (const imp of info.imports) if (imp.path.includes(target)) console.log(f, '->', imp.path);
