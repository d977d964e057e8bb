import * as esbuild from 'esbuild';
import zlib from 'node:zlib';
const entry = process.argv[2];
const r = await esbuild.build({ entryPoints:[entry], bundle:true, minify:true, format:'esm', write:false, metafile:true, target:'es2021', conditions:['production'], splitting:true, outdir:'/tmp/out', legalComments:'none'});
const out = Object.entries(r.metafile.outputs).find(([k,v])=>v.entryPoint)[1];
const main = r.outputFiles.find(f=>f.path.endsWith('.js') && !f.path.includes('chunk') && !/es-/.test(f.path));
console.log('total', main.path, (zlib.gzipSync(main.contents,{level:9}).length/1024).toFixed(2));
const rows = Object.entries(out.inputs).map(([k,v])=>[k.replace(/.*node_modules\//,'nm/'),v.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
for (const [k,v] of rows) if (v>300) console.log(String(v).padStart(7), k);
