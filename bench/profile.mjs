#!/usr/bin/env node
// `pnpm bench:profile`: where ConsentKit's main-thread time goes on the bench page, under a CPU slowdown, cold
// (a fresh browser profile per run, as `pnpm bench` measures). Prints, per run, the long tasks and the time long
// animation frames attribute to each ConsentKit script, then the CPU profile's inclusive time per part.
// Measures and prints; asserts nothing, and is never part of `npm test`.
import { join } from 'node:path';
import { parseArgs as parseNodeArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { LAUNCH, makeChoice } from './src/measure.mjs';
import { inclusiveByPart, partLocator } from './src/profile.mjs';
import { startBenchServer } from './src/server.mjs';
import { summarize } from './src/stats.mjs';
import { loadTools, ROOT_DIR } from './src/tools.mjs';

const USAGE = `Usage: pnpm bench:profile [--scenario returning|first] [--runs 8] [--cpu 4] [--port 4310]`;
let args;
try {
  ({ values: args } = parseNodeArgs({
    options: {
      scenario: { type: 'string', default: 'returning' },
      runs: { type: 'string', default: '8' },
      cpu: { type: 'string', default: '4' },
      port: { type: 'string', default: '4310' },
    },
  }));
  if (!['returning', 'first'].includes(args.scenario)) throw new Error('--scenario is returning or first');
  for (const name of ['runs', 'cpu', 'port']) if (!(Number(args[name]) >= 1)) throw new Error(`--${name} needs a positive number`);
} catch (error) {
  console.error(`bench:profile: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}

const tool = loadTools().find(({ id }) => id === 'consentkit');
const locators = {
  'consentkit.js': partLocator(join(ROOT_DIR, 'packages', 'sdk', 'dist', 'consentkit.js')),
  'consentkit-ui.js': partLocator(join(ROOT_DIR, 'packages', 'banner-ui', 'dist', 'consentkit-ui.js')),
};
// Long tasks, and the ConsentKit scripts long animation frames name (5 ms or more each), from the page itself.
const OBSERVE = `window.__profile = { tasks: [], scripts: [] };
new PerformanceObserver((list) => list.getEntries().forEach((e) => __profile.tasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => list.getEntries().forEach((frame) => frame.scripts.forEach((s) => /consentkit/.test(s.sourceURL) &&
  __profile.scripts.push({ what: s.invoker.replace(/^https?:.*\\//, ''), ms: s.duration })))).observe({ type: 'long-animation-frame', buffered: true });`;

const server = await startBenchServer([tool], Number(args.port));
const browser = await chromium.launch(LAUNCH);
const totals = new Map();
const scripts = new Map();
try {
  const storageState =
    args.scenario === 'returning' ? (await makeChoice(browser, { tool, server, choice: 'accept', timeoutMs: 20_000 })).storageState : undefined;
  for (let run = 1; run <= Number(args.runs); run += 1) {
    const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await context.addInitScript({ content: OBSERVE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(args.cpu) });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/${tool.id}/`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const { profile } = await cdp.send('Profiler.stop');
    const seen = await page.evaluate(() => window.__profile);
    const { total, parts } = inclusiveByPart(profile, locators);
    totals.set('(all ConsentKit code)', [...(totals.get('(all ConsentKit code)') ?? []), total / 1000]);
    for (const [part, micros] of parts) totals.set(part, [...(totals.get(part) ?? []), micros / 1000]);
    for (const { what, ms } of seen.scripts) scripts.set(what, [...(scripts.get(what) ?? []), ms]);
    const named = seen.scripts.map(({ what, ms }) => `${what} ${Math.round(ms)} ms`).join(', ');
    console.log(`run ${run}: long tasks [${seen.tasks.join(', ')}] ms; ConsentKit scripts in long animation frames: ${named || 'none'}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const runs = Number(args.runs);
const fixed = (value) => value.toFixed(1);
console.log(`\n${args.scenario} visit, ${args.cpu}x CPU slowdown, ${runs} cold runs (the profiler itself slows the page a little)\n`);
console.log('| script (long animation frames) | median ms [interquartile range] | runs |\n|---|---|---|');
for (const [what, values] of scripts) {
  const { median, q1, q3 } = summarize(values);
  console.log(`| ${what} | ${fixed(median)} [${fixed(q1)}-${fixed(q3)}] | ${values.length} |`);
}
console.log('\n| part (CPU profile, inclusive: with what it calls) | mean ms per run |\n|---|---|');
for (const [part, values] of [...totals].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y))) {
  console.log(`| ${part} | ${fixed(values.reduce((sum, value) => sum + value, 0) / runs)} |`);
}
