// The bench's web server: node:http on loopback only. Serves the same page for every tool (its tags pasted in),
// the shared stylesheet, each tool's configuration file and each tool's installed files. Text is sent gzip -9
// compressed when the browser asks for it, as a production server or CDN would, so the bytes on the wire and the
// time on a slow network are what a real visitor pays.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_DIR } from './tools.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
const SITE = join(BENCH_DIR, 'site');
const PAGE = readFileSync(join(SITE, 'page.html'), 'utf8');
const PRIVACY = '<!doctype html><html lang="en"><title>Privacy</title><p>The privacy policy.</p></html>';

/** The page for one tool and request: its tags pasted in <head> and at the end of <body>. */
export const pageFor = (tool, cookieHeader = '') =>
  PAGE.replace('<!--head-->', typeof tool.head === 'function' ? tool.head(cookieHeader) : tool.head).replace('<!--body-->', tool.body);

/** A body as served: raw bytes and their gzip -9 size. */
function entry(body, type) {
  const raw = Buffer.from(body);
  return { raw, gzip: gzipSync(raw, { level: 9 }), type };
}

/** Resolves `rest` inside one of `dirs`, never outside them. */
function findFile(dirs, rest) {
  for (const dir of dirs) {
    const root = resolve(dir);
    const file = resolve(root, rest);
    if (!file.startsWith(root + sep)) continue;
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // Not in this folder: try the next.
    }
  }
  return null;
}

/**
 * Starts the server for `tools` on 127.0.0.1:`port`. `sizes(pathname)` gives the raw and gzip -9 sizes of
 * what a path served (query strings ignored), for summing what a page loaded.
 */
export function startBenchServer(tools, port) {
  const mounts = [['/configs/', [join(SITE, 'configs')]]];
  for (const tool of tools) mounts.push(...Object.entries(tool.mounts));
  /** @type {Map<string, ReturnType<typeof entry> | null>} */
  const cache = new Map();

  function lookup(pathname, cookieHeader = '') {
    const tool = tools.find(({ id }) => pathname === `/${id}/`);
    // A page chosen per request is built per request.
    if (typeof tool?.head === 'function') return entry(pageFor(tool, cookieHeader), TYPES['.html']);
    if (cache.has(pathname)) return cache.get(pathname);
    let found = null;
    if (tool) found = entry(pageFor(tool), TYPES['.html']);
    else if (pathname === '/site.css') found = entry(readFileSync(join(SITE, 'site.css')), TYPES['.css']);
    else if (pathname === '/privacy') found = entry(PRIVACY, TYPES['.html']);
    else {
      const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
      const rest = mount && decodeURIComponent(pathname.slice(mount[0].length));
      const file = rest && !rest.includes('\0') ? findFile(mount[1], rest) : null;
      if (file) found = entry(readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
    }
    cache.set(pathname, found);
    return found;
  }

  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const found = lookup(pathname, req.headers.cookie);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return void res.end('Not found\n');
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && found.type !== 'application/octet-stream';
    const body = gzip ? found.gzip : found.raw;
    res.writeHead(200, {
      'Content-Type': found.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () =>
      done({
        origin: `http://127.0.0.1:${port}`,
        sizes(pathname) {
          const found = lookup(pathname);
          return found ? { raw: found.raw.length, gzip: found.gzip.length } : { raw: 0, gzip: 0 };
        },
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
