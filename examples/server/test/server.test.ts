// @vitest-environment node
// The example server: routes, content types, caching headers, errors, and paths that try to escape.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM without types
import { startServer } from '../index.mjs';
// @ts-expect-error plain ESM without types
import { siteRoutes } from '../routes.mjs';
// @ts-expect-error plain ESM without types
import { cspPolicy } from '../csp.mjs';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let base: string;
let close: () => Promise<void>;
let tmp: string;

/** Sends `path` exactly as given (fetch would normalise `..` away before it reached the server). */
function send(path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ck-server-'));
  const dir = (...parts: string[]) => {
    const path = join(tmp, ...parts);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const paths = { site: dir('site'), npmApp: dir('npm-app'), sdkDist: dir('sdk-dist'), uiDist: dir('ui-dist') };
  writeFileSync(join(paths.site, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(paths.site, 'site.css'), 'body{}');
  writeFileSync(join(paths.site, '.secret'), 'hidden');
  writeFileSync(
    join(paths.site, 'csp.html'),
    '<script src="/a.js" nonce="{{CSP_NONCE}}"></script><script src="/b.js" nonce="{{CSP_NONCE}}"></script><pre>{{CSP_POLICY}}</pre>',
  );
  writeFileSync(join(dir('site', 'docs'), 'index.html'), '<h1>docs</h1>');
  writeFileSync(join(tmp, 'outside.txt'), 'outside');
  writeFileSync(join(paths.sdkDist, 'consentkit.js'), 'sdk();');
  writeFileSync(join(paths.uiDist, 'consentkit-ui.js'), 'ui();');
  writeFileSync(join(paths.npmApp, 'index.html'), '<h1>app</h1>');
  writeFileSync(join(dir('npm-app', 'dist'), 'app.js'), 'app();');
  writeFileSync(join(dir('npm-app', 'src'), 'main.ts'), 'source');
  // A stand-in engine: the route only needs its decodeConsent export.
  writeFileSync(join(paths.sdkDist, 'index.js'), 'export const decodeConsent = (value) => (value === "good" ? { method: "api" } : null);');
  const server = await startServer({ port: 0, routes: siteRoutes(paths) });
  base = server.url;
  close = server.close;
});

afterAll(async () => {
  await close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('static files', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', '<h1>home</h1>'],
    ['/index.html', 'text/html; charset=utf-8', '<h1>home</h1>'],
    ['/site.css', 'text/css; charset=utf-8', 'body{}'],
    ['/docs/', 'text/html; charset=utf-8', '<h1>docs</h1>'],
    ['/consentkit/consentkit.js', 'text/javascript; charset=utf-8', 'sdk();'],
    ['/consentkit/consentkit-ui.js', 'text/javascript; charset=utf-8', 'ui();'],
    ['/app/', 'text/html; charset=utf-8', '<h1>app</h1>'],
    ['/app/dist/app.js', 'text/javascript; charset=utf-8', 'app();'],
    ['/site.css?v=2', 'text/css; charset=utf-8', 'body{}'],
  ])('GET %s', async (path, type, body) => {
    const answer = await send(path);
    expect(answer).toMatchObject({ status: 200, body });
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(body)));
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await send('/consentkit/consentkit.js', { method: 'HEAD' });
    expect(answer).toMatchObject({ status: 200, body: '' });
    expect(answer.headers['content-length']).toBe('6');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/missing.html', '/consentkit/missing.js', '/app/src/main.ts', '/app/package.json', '/app/dist/missing.js'])('404 for %s', async (path) => {
    const answer = await send(path);
    expect(answer.status).toBe(404);
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('redirects a folder without its slash', async () => {
    expect(await send('/docs')).toMatchObject({ status: 301, headers: { location: '/docs/' } });
    expect(await send('/app')).toMatchObject({ status: 301, headers: { location: '/app/' } });
  });

  it('refuses other methods', async () => {
    const answer = await send('/', { method: 'POST' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });
});

describe('paths that try to leave the served folders', () => {
  it.each([
    '/../outside.txt',
    '/%2e%2e/outside.txt',
    '/..%2foutside.txt',
    '/%2e%2e%2foutside.txt',
    '/consentkit/..%2f..%2foutside.txt',
    '/consentkit/%2e%2e/%2e%2e/outside.txt',
    '/app/dist/..%2f..%2foutside.txt',
    '/..%5coutside.txt',
    '/index.html%00.css',
    '/.secret',
    '/%2esecret',
    '/%E0%A4%A',
  ])('%s is refused', async (path) => {
    const answer = await send(path);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain('outside');
    expect(answer.body).not.toContain('hidden');
  });

  it('does not turn //host into an open redirect', async () => {
    const answer = await send('//evil.example');
    expect(answer.headers.location ?? '').not.toMatch(/^\/\//);
  });
});

describe('GET /api/qa/consent-cookie', () => {
  it('decodes the request cookie with the built engine', async () => {
    const answer = await send('/api/qa/consent-cookie', { headers: { cookie: 'other=1; ck_consent=good' } });
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toEqual({ name: 'ck_consent', value: 'good', record: { method: 'api' } });
  });

  it('answers null for a missing or damaged cookie', async () => {
    expect(JSON.parse((await send('/api/qa/consent-cookie')).body)).toMatchObject({ value: null, record: null });
    expect(JSON.parse((await send('/api/qa/consent-cookie', { headers: { cookie: 'ck_consent=%E0%A4%A' } })).body)).toMatchObject({
      value: '%E0%A4%A',
      record: null,
    });
  });

  it('matches the exact path only', async () => {
    expect((await send('/api/qa/consent-cookie-x')).status).toBe(404);
  });
});

describe('GET /csp.html', () => {
  const nonceOf = (answer: Answer) => /'nonce-([^']+)'/.exec(String(answer.headers['content-security-policy']))?.[1];

  it('sends the strict policy, with the nonce it puts on every script tag', async () => {
    const answer = await send('/csp.html');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    const nonce = nonceOf(answer)!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(answer.headers['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; connect-src 'self'`,
    );
    expect(answer.body.match(new RegExp(`nonce="${nonce.replace(/[+/]/g, '\\$&')}"`, 'g'))).toHaveLength(2);
    expect(answer.body).not.toContain('{{');
    // The policy is shown on the page, escaped.
    expect(answer.body).toContain(`<pre>default-src &#39;self&#39;; script-src &#39;self&#39; &#39;nonce-${nonce}&#39;`);
  });

  it('uses a fresh nonce for every response', async () => {
    const nonces = new Set(await Promise.all([1, 2, 3, 4].map(async () => nonceOf(await send('/csp.html')))));
    expect(nonces.size).toBe(4);
  });

  it('answers HEAD with the policy and no body', async () => {
    const answer = await send('/csp.html', { method: 'HEAD' });
    expect(answer).toMatchObject({ status: 200, body: '' });
    expect(nonceOf(answer)).toBeTruthy();
  });
});

describe('cspPolicy', () => {
  it("adds a provider's sources to the directives a granted widget needs", () => {
    expect(cspPolicy('n', { 'frame-src': ['http://127.0.0.2:4183'], 'script-src': ['http://127.0.0.2:4183'] })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-n' http://127.0.0.2:4183; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; frame-src 'self' http://127.0.0.2:4183",
    );
  });
});
