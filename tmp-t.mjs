import { chromium } from '@playwright/test';
import { writeFileSync, rmSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const strategies = {
  set: `f.setAttribute('src', f.dataset.src)`,
  replace: `const n = f.cloneNode(true); n.setAttribute('src', f.dataset.src); f.replaceWith(n)`,
  location: `f.setAttribute('src', f.dataset.src); try { f.contentWindow.location.replace(f.dataset.src) } catch (e) {}`,
  delayed: `setTimeout(() => f.setAttribute('src', f.dataset.src), 0)`,
  loadevt: `f.addEventListener('load', () => f.setAttribute('src', f.dataset.src), { once: true })`,
};
for (const [name, code] of Object.entries(strategies)) {
  writeFileSync('examples/site/t.js', `new MutationObserver(rs => rs.forEach(r => r.addedNodes.forEach(f => { if (f.tagName === 'IFRAME' && localStorage.go && !f.dataset.done) { f.dataset.done = 1; ${code} } }))).observe(document, {childList: true, subtree: true});`);
  writeFileSync('examples/site/t.html', `<!doctype html><html><head><script src="/t.js"></script></head><body><p>x</p><iframe data-src="http://127.0.0.2:4191/chirp/like" title="t"></iframe><p>y</p></body></html>`);
  const c = await b.newContext(); const p = await c.newPage(); c.on('requestfailed', r => console.log('  failed', name, r.url(), r.failure()?.errorText));
  await p.goto('http://127.0.0.1:4191/t.html'); await p.waitForTimeout(300);
  await p.evaluate(() => { localStorage.go = 1; const f = document.querySelector('iframe'); f.dataset.done = 1; f.src = f.dataset.src; });
  await p.waitForTimeout(500);
  const res = [];
  for (let i = 0; i < 2; i++) { await p.reload(); await p.waitForTimeout(800); res.push(p.frames().map(f => f.url()).slice(1).join(',')); }
  await p.goto('http://127.0.0.1:4191/t.html?fresh'); await p.waitForTimeout(800); res.push('fresh:' + p.frames().map(f => f.url()).slice(1).join(','));
  await p.goBack(); await p.waitForTimeout(800); res.push('back:' + p.frames().map(f => f.url()).slice(1).join(','));
  console.log(name, res);
  await c.close();
}
rmSync('examples/site/t.html'); rmSync('examples/site/t.js');
await b.close(); process.exit(0);
