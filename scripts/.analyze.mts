import { build } from 'esbuild';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
const ROOT = '/work/wt/bench';
const r = await build({ entryPoints: [path.join(ROOT, process.argv[2])], bundle: true, format: 'iife', minify: true, write: false, metafile: true, logLevel: 'silent',
  plugins: [{name:'x', setup(b){ b.onResolve({filter:/^@\/|\?inline$/}, async a=>{ const inline=a.path.endsWith('?inline'); let spec=inline?a.path.slice(0,-7):a.path; let rd=a.resolveDir; if(spec.startsWith('@/')){spec='./'+spec.slice(2); rd=ROOT;} const res=await b.resolve(spec,{resolveDir:rd,kind:a.kind}); return inline?{path:res.path,namespace:'t'}:{path:res.path};}); b.onLoad({filter:/.*/,namespace:'t'}, async a=>({contents: await readFile(a.path,'utf8'), loader:'text'}));}}]});
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,40);
for (const [k,v] of rows) console.log(v.bytesInOutput, k);
console.log('total', out.bytes);
const wh = r.metafile.inputs;
if (process.argv[3]) for (const [k,v] of Object.entries(wh)) for (const i of v.imports) if (i.path.includes(process.argv[3])) console.log('imported by', k, '->', i.path);
