// One measured page view: a fresh browser context (empty cache, and either no storage or the stored choice of a
// warm-up), the conditions applied through the Chrome DevTools Protocol, the page loaded, then every figure read.
import { probeScript } from './probe.mjs';

/** How every bench script starts Chromium. Nothing may leave loopback: no update checks, sync or QUIC probes. */
export const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

/**
 * @typedef {object} Condition
 * @property {string} id
 * @property {string} label
 * @property {string} short         the label in the targets' lines
 * @property {number} [cpuSlowdown]  CDP Emulation.setCPUThrottlingRate
 * @property {{ latency: number, downloadThroughput: number, uploadThroughput: number }} [network]
 *           CDP Network.emulateNetworkConditions (ms, bytes per second)
 */

/** @type {Condition[]} */
export const CONDITIONS = [
  { id: 'desktop', label: 'no throttling', short: 'no throttling' },
  { id: 'cpu4x', label: '4x CPU slowdown', short: '4x CPU', cpuSlowdown: 4 },
  {
    id: 'mobile',
    label: 'mobile network (150 ms RTT, 1.6 Mbps down, 750 kbps up)',
    short: 'mobile network',
    // Lighthouse's "slow 4G" figures; Chromium adds `latency` to every request.
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
];

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Waits for the probe's promise: no polling inside the page, so the wait itself costs the page nothing. */
async function waitForBanner(page, timeoutMs) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`banner not visible within ${timeoutMs} ms`)), Math.max(timeoutMs, 0));
  });
  try {
    await Promise.race([page.evaluate(() => window.__bench.visible), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Paths every page loads whatever the tool: not counted as the tool's bytes. */
const isSharedAsset = (tool, pathname) => pathname === `/${tool.id}/` || pathname === '/site.css';

/**
 * Long tasks caused by the scripts `isMine` picks: those during which such scripts ran (as the overlapping long
 * animation frames attribute them) for long enough that without them the task would not have passed 50 ms. A
 * long task of the page's own (parsing and laying out the HTML under a 4x slowdown) that a tool script merely
 * shares is not counted; the plain long-task count next to it shows every long task.
 */
export function longTasksCausedBy({ longTasks, frames }, isMine) {
  return longTasks.filter((task) => {
    const end = task.start + task.duration;
    const mine = frames
      .filter((frame) => frame.start < end && frame.start + frame.duration > task.start)
      .flatMap((frame) => frame.scripts)
      .filter(isMine)
      .reduce((total, script) => total + script.duration, 0);
    return mine > 0 && task.duration - mine <= 50;
  }).length;
}

/**
 * Scripts of the banner UI rather than of the engine, for a tool that loads its UI separately (`uiCode`): the
 * UI's own files, and the dynamic import's continuation (Chromium's invoker `import.then`), where the embed
 * hands the loaded module the instance and the banner is rendered.
 */
const isUiScript = (tool) => (script) => tool.uiCode.test(script.url) || script.invoker === 'import.then';

/**
 * Loads `tool`'s page once and returns its figures.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {{ tool: import('./tools.mjs').Tool, condition: Condition, server: { origin: string,
 *   sizes(pathname: string): { raw: number, gzip: number } }, storageState?: object, settleMs: number,
 *   timeoutMs: number, expectBanner: boolean }} options
 */
export async function measureRun(browser, { tool, condition, server, storageState, settleMs, timeoutMs, expectBanner }) {
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: probeScript(tool.banner) });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

    const cdp = await context.newCDPSession(page);
    /** @type {Map<string, { url: string, encoded: number, done: boolean, failed?: string }>} */
    const requests = new Map();
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
      lastActivity = Date.now();
      requests.set(requestId, { url: request.url, encoded: 0, done: false });
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      lastActivity = Date.now();
      const request = requests.get(requestId);
      if (request) Object.assign(request, { encoded: encodedDataLength, done: true });
    });
    cdp.on('Network.loadingFailed', ({ requestId, errorText }) => {
      lastActivity = Date.now();
      const request = requests.get(requestId);
      if (request) Object.assign(request, { failed: errorText, done: true });
    });
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    if (condition.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpuSlowdown });
    if (condition.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });

    const started = Date.now();
    await page.goto(`${server.origin}/${tool.id}/`, { waitUntil: 'load', timeout: timeoutMs });
    if (expectBanner) await waitForBanner(page, timeoutMs - (Date.now() - started));
    // Settled: nothing in flight and no network activity for `settleMs` (the banner's animations, late requests
    // and the long tasks and shifts they cause are inside the window). Bounded by the run's timeout.
    while (Date.now() - started < timeoutMs) {
      const inFlight = [...requests.values()].some((request) => !request.done);
      if (!inFlight && Date.now() - lastActivity >= settleMs) break;
      await sleep(25);
    }

    const probe = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const { visibleAt, longTasks, frames, shifts, fcp, probeError } = window.__bench;
      return {
        visibleAt,
        longTasks,
        frames,
        shifts,
        fcp,
        probeError,
        domContentLoaded: navigation?.domContentLoadedEventEnd ?? null,
        load: navigation?.loadEventEnd ?? null,
      };
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000;

    const loaded = [...requests.values()].filter((request) => request.url.startsWith(server.origin));
    const toolRequests = loaded.filter((request) => !isSharedAsset(tool, new URL(request.url).pathname));
    const sum = (list, pick) => list.reduce((total, item) => total + pick(item), 0);
    const sizeOf = (request) => server.sizes(new URL(request.url).pathname);
    return {
      bannerMs: probe.visibleAt,
      fcpMs: probe.fcp,
      domContentLoadedMs: probe.domContentLoaded,
      loadMs: probe.load,
      wireBytes: sum(loaded, (request) => request.encoded),
      toolWireBytes: sum(toolRequests, (request) => request.encoded),
      toolGzipBytes: sum(toolRequests, (request) => sizeOf(request).gzip),
      toolRawBytes: sum(toolRequests, (request) => sizeOf(request).raw),
      toolRequests: toolRequests.map((request) => new URL(request.url).pathname),
      uiCodeFetched: tool.uiCode ? toolRequests.some((request) => tool.uiCode.test(request.url)) : null,
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
      layoutMs: metric('LayoutDuration') + metric('RecalcStyleDuration'),
      longTasks: probe.longTasks.length,
      longTaskMs: sum(probe.longTasks, (task) => task.duration),
      toolLongTasks: longTasksCausedBy(probe, (script) => toolRequests.some((request) => request.url === script.url)),
      uiLongTasks: tool.uiCode ? longTasksCausedBy(probe, isUiScript(tool)) : null,
      layoutShift: sum(probe.shifts, (shift) => shift.value),
      shiftSources: [...new Set(probe.shifts.flatMap((shift) => shift.sources))],
      failedRequests: loaded.filter((request) => request.failed).map((request) => `${request.url}: ${request.failed}`),
      foreignRequests: [...requests.values()].filter((request) => !request.url.startsWith(server.origin) && !request.url.startsWith('data:')).map((request) => request.url),
      errors: [...errors, ...(probe.probeError ? [`probe: ${probe.probeError}`] : [])],
    };
  } finally {
    await context.close();
  }
}

/**
 * The warm-up for returning visits: one fresh context makes `choice` through the tool's own UI, then its cookies
 * and storage are kept. Returns the storage state and the cookies after the choice (the consent cookie's size is
 * `name=value` as the browser sends it in every request's Cookie header).
 */
export async function makeChoice(browser, { tool, server, choice, timeoutMs }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    await context.addInitScript({ content: probeScript(tool.banner) });
    const page = await context.newPage();
    await page.goto(`${server.origin}/${tool.id}/`, { waitUntil: 'load', timeout: timeoutMs });
    await waitForBanner(page, timeoutMs);
    // The page sets no cookies of its own: every cookie is the tool's. Wait for the choice to change them.
    const snapshot = async () => (await context.cookies()).map(({ name, value }) => `${name}=${value}`).sort().join('; ');
    // Some tools write a provisional cookie of their own right after showing the banner: let that happen first.
    await sleep(500);
    const before = await snapshot();
    await tool[choice](page);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && (await snapshot()) === before) await sleep(50);
    // Some tools write in stages (a second cookie, a storage key): give them a moment to finish.
    await sleep(300);
    const cookies = await context.cookies();
    const storage = await page.evaluate(() => Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`));
    return {
      storageState: await context.storageState(),
      cookies: cookies.map(({ name, value }) => ({ name, value, bytes: Buffer.byteLength(`${name}=${value}`) })),
      localStorage: storage,
    };
  } finally {
    await context.close();
  }
}
