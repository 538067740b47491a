// @vitest-environment node
// The fake third parties on 127.0.0.2 (Chirp, AdPartner), the log of what they received, and the site's pages
// naming them as %PROVIDER_ORIGIN%.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM without types
import { startServer } from '../index.mjs';
// @ts-expect-error plain ESM without types
import { providerRoutes } from '../providers.mjs';
// @ts-expect-error plain ESM without types
import { createRequestLog } from '../request-log.mjs';
// @ts-expect-error plain ESM without types
import { siteRoutes } from '../routes.mjs';

interface Server {
  url: string;
  port: number;
  close(): Promise<void>;
}

let site: Server;
let providers: Server;
let tmp: string;
const log = createRequestLog(3);

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ck-providers-'));
  writeFileSync(join(tmp, 'social.html'), '<iframe data-src="%PROVIDER_ORIGIN%/chirp/like"></iframe>');
  writeFileSync(join(tmp, 'raw.txt'), '%PROVIDER_ORIGIN%');
  site = await startServer({ port: 0, routes: siteRoutes({ site: tmp, npmApp: tmp, sdkDist: tmp, uiDist: tmp }, { providerLog: log }) });
  // Loopback on any 127.x address: the same port on a second host, as examples/server.mjs does.
  providers = await startServer({ port: site.port, host: '127.0.0.2', routes: providerRoutes(log) });
});

afterAll(async () => {
  await Promise.all([site.close(), providers.close()]);
  rmSync(tmp, { recursive: true, force: true });
});

describe('the fake providers', () => {
  it('Chirp serves its widgets and sets its own partitioned cookie once', async () => {
    const first = await fetch(`${providers.url}/chirp/like?url=%2F`);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await first.text()).toContain('Like');
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^chirp_id=[\w-]+; Path=\/; Max-Age=31536000; SameSite=None; Secure; Partitioned$/);
    const again = await fetch(`${providers.url}/chirp/share`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await (await fetch(`${providers.url}/chirp/post?id=<b>1</b>`)).text()).toContain('Post &#60;b&#62;1&#60;/b&#62;');
  });

  it('serve their scripts and creative, and 404 anything else', async () => {
    for (const [path, type] of [
      ['/chirp/embed.js', 'text/javascript; charset=utf-8'],
      ['/adpartner/ad.js', 'text/javascript; charset=utf-8'],
      ['/adpartner/creative.svg', 'image/svg+xml'],
    ]) {
      const answer = await fetch(providers.url + path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('content-type'), path).toBe(type);
    }
    expect((await fetch(`${providers.url}/nothing`)).status).toBe(404);
  });

  it('log every request, with the page and the cookie names it carried, keeping the newest', async () => {
    await fetch(`${providers.url}/adpartner/ad.js`, { headers: { referer: 'http://127.0.0.1/ads.html', cookie: 'a=1; b=2' } });
    const entries = await (await fetch(`${site.url}/api/qa/third-party-requests`)).json();
    expect(entries).toHaveLength(3);
    expect(entries.at(-1)).toMatchObject({ method: 'GET', url: `${providers.url}/adpartner/ad.js`, page: 'http://127.0.0.1/ads.html', cookies: ['a', 'b'] });
    expect(entries.at(-1).at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe('the site', () => {
  it('fills in the providers origin in HTML pages, and only there', async () => {
    expect(await (await fetch(`${site.url}/social.html`)).text()).toBe(`<iframe data-src="http://127.0.0.2:${site.port}/chirp/like"></iframe>`);
    expect(await (await fetch(`${site.url}/raw.txt`)).text()).toBe('%PROVIDER_ORIGIN%');
  });
});
