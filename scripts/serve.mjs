// Serves the repository on 127.0.0.1 for the demo pages (no dependencies).
// Usage: node scripts/serve.mjs [port]   (default 8000, or PORT)
// Pages named *strict-csp*.html are sent with a strict Content-Security-Policy with Trusted Types: the only
// policy allowed is Lit's `lit-html`, once (no 'allow-duplicates'), so a second copy of Lit on the page fails.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.argv[2] ?? process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const server = createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') path = '/demo/index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || file.split(sep).includes('node_modules') || file.split(sep).includes('.git')) throw new Error('forbidden');
    const info = await stat(file);
    const target = info.isDirectory() ? join(file, 'index.html') : file;
    const body = await readFile(target);
    const headers = { 'content-type': types[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (/strict-csp[^/]*\.html$/.test(target)) headers['content-security-policy'] = CSP;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Demo: http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
  console.log(`Spanish: http://127.0.0.1:${port}/demo/es.html`);
});
