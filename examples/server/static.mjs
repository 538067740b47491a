// Static files from one or more directories, looked up in order. Only ever answers from inside those
// directories: the path is decoded, normalised and checked before anything touches the file system.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { sendText } from './respond.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Content-Type for a file name; unknown extensions are served as opaque bytes. */
export const contentTypeOf = (file) => CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Turns the part of a URL path below a route's prefix into a relative file path, or null when it is malformed
 * or tries to leave the directory (`..`, encoded `%2e%2e` or `%2f`, backslashes, NUL bytes, dotfiles).
 */
export function safeRelativePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  // Refuse rather than normalise: no legitimate link contains `..`, and dotfiles are never public.
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  return segments.join('/');
}

async function findFile(dirs, relative) {
  for (const dir of dirs) {
    const root = resolve(dir);
    const file = resolve(root, relative);
    if (file !== root && !file.startsWith(root + sep)) continue;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { file, size: info.size };
    if (info?.isDirectory()) return { directory: true };
  }
  return null;
}

/**
 * A route handler serving `dirs` (searched in order). `rest` is the URL path below the route's prefix.
 * A directory answers with its index.html, or a redirect adding the trailing slash. `rewriteHtml(text, req)`,
 * when given, transforms HTML files before they are sent (the site fills in the fake providers' origin).
 *
 * @example
 * { prefix: '/consentkit/', handle: serveStatic([sdkDist, uiDist]) }
 */
export function serveStatic(dirs, { rewriteHtml } = {}) {
  return async (req, res, { prefix, rest }) => {
    const relative = safeRelativePath(rest);
    if (relative === null) return sendText(res, 400, 'Bad request path\n', req);
    const wantsIndex = relative === '' || rest.endsWith('/');
    let found = await findFile(dirs, wantsIndex ? `${relative}/index.html`.replace(/^\//, '') : relative);
    if (found?.directory && !wantsIndex) {
      // Built from the checked path, never echoed from the request: `//host` must not become an open redirect.
      res.writeHead(301, { Location: `${prefix}${relative}/`, 'Cache-Control': 'no-store' });
      return res.end();
    }
    if (!found?.file) return sendText(res, 404, 'Not found\n', req);
    if (rewriteHtml && found.file.endsWith('.html')) {
      const body = Buffer.from(rewriteHtml(await readFile(found.file, 'utf8'), req));
      res.writeHead(200, { 'Content-Type': contentTypeOf(found.file), 'Content-Length': body.length, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, {
      'Content-Type': contentTypeOf(found.file),
      'Content-Length': found.size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}
