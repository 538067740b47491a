#!/usr/bin/env node
// `pnpm bench`: ConsentKit side by side with the consent tools people use today, in headless Chromium.
// Never part of `npm test`: it measures, it asserts nothing. See bench/README.md for the method.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { parseArgs, USAGE } from './src/args.mjs';
import { CONDITIONS, LAUNCH, makeChoice, measureRun } from './src/measure.mjs';
import { HAS_CONSENT_END, HAS_CONSENT_START, measureHasConsent, renderHasConsentSection } from './src/has-consent.mjs';
import { renderMarkdown, rewriteReadmeSection, updateReadme } from './src/report.mjs';
import { startBenchServer } from './src/server.mjs';
import { seededRandom, shuffled, summarize } from './src/stats.mjs';
import { BENCH_DIR, loadTools, NO_TOOL } from './src/tools.mjs';

const TIMEOUT_MS = 20_000;
/** Numeric figures of a run that are summarised (medians, quartiles). */
const FIGURES = [
  'bannerMs', 'fcpMs', 'domContentLoadedMs', 'loadMs', 'wireBytes', 'toolWireBytes', 'toolGzipBytes', 'toolRawBytes',
  'scriptMs', 'taskMs', 'layoutMs', 'longTasks', 'longTaskMs', 'toolLongTasks', 'uiLongTasks', 'layoutShift',
];

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const allTools = loadTools();
const tools = options.tools ? allTools.filter(({ id }) => options.tools.includes(id)) : allTools;
if (options.tools && tools.length !== options.tools.length) {
  console.error(`bench: unknown tool in --tools; known: ${allTools.map(({ id }) => id).join(', ')}`);
  process.exit(2);
}
const conditions = CONDITIONS.filter(({ id }) => options.conditions.includes(id));
const complete = !options.quick && !options.tools && conditions.length === CONDITIONS.length && options.scenarios.length === 2;

// The hasConsent() micro-benchmark first, in this process, before a browser competes for the CPU (about 8 s).
const hasConsent = await measureHasConsent();
const server = await startBenchServer([...tools, NO_TOOL], options.port);
const browser = await chromium.launch(LAUNCH);
const started = Date.now();
const log = (message) => console.log(`bench [${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

try {
  // Warm-up: each tool's own choice through its own UI, once accepting (the returning visitor's state) and once
  // rejecting (to size that cookie too), plus one unrecorded view per tool so disk and code caches are warm.
  const choices = {};
  for (const tool of tools) {
    const accepted = await makeChoice(browser, { tool, server, choice: 'accept', timeoutMs: TIMEOUT_MS });
    const rejected = await makeChoice(browser, { tool, server, choice: 'reject', timeoutMs: TIMEOUT_MS });
    choices[tool.id] = { accepted, rejected };
    await measureRun(browser, { tool, condition: CONDITIONS[0], server, settleMs: options.settleMs, timeoutMs: TIMEOUT_MS, expectBanner: true });
    log(`warm-up ${tool.name}: consent cookie ${accepted.cookies.map((cookie) => `${cookie.name} ${cookie.bytes} B`).join(', ')}`);
  }

  // The cells: condition x scenario x tool (the page without a tool once per condition, as the first visit).
  const cells = [];
  for (const condition of conditions) {
    for (const scenario of options.scenarios) {
      for (const tool of scenario === 'first' ? [...tools, NO_TOOL] : tools) {
        if (tool.only && !tool.only[scenario].includes(condition.id)) continue;
        cells.push({ condition, scenario, tool, runs: [], failures: [] });
      }
    }
  }
  // Interleaved: every round visits every cell once, tools in a fresh random order per condition and scenario,
  // so whatever else the machine does hits every tool alike.
  const random = seededRandom(options.seed);
  for (let round = 0; round < options.runs; round += 1) {
    for (const condition of conditions) {
      for (const scenario of options.scenarios) {
        const group = cells.filter((cell) => cell.condition === condition && cell.scenario === scenario);
        for (const cell of shuffled(group, random)) {
          const { tool } = cell;
          try {
            const run = await measureRun(browser, {
              tool,
              condition,
              server,
              storageState: scenario === 'returning' ? choices[tool.id].accepted.storageState : undefined,
              settleMs: options.settleMs,
              timeoutMs: TIMEOUT_MS,
              expectBanner: scenario === 'first' && tool.banner !== null,
            });
            cell.runs.push(run);
          } catch (error) {
            cell.failures.push(String(error?.message ?? error).split('\n')[0]);
          }
        }
      }
    }
    const elapsed = (Date.now() - started) / 1000;
    log(`round ${round + 1}/${options.runs} done; about ${Math.round((elapsed / (round + 1)) * (options.runs - round - 1))} s to go`);
  }

  const date = new Date().toISOString().slice(0, 10);
  const chromiumVersion = browser.version();
  const result = {
    date,
    command: `pnpm bench${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`,
    complete,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion },
    settings: { runs: options.runs, settleMs: options.settleMs, seed: options.seed, viewport: '1280x800' },
    conditions: conditions.map(({ id, label, short, cpuSlowdown, network }) => ({ id, label, short, cpuSlowdown, network })),
    tools: [...tools, NO_TOOL].map(({ id, name, version, note }) => ({ id, name, version, note })),
    hasConsent,
    cookies: Object.fromEntries(
      Object.entries(choices).map(([id, { accepted, rejected }]) => [
        id,
        { accepted: accepted.cookies, rejected: rejected.cookies, localStorage: accepted.localStorage },
      ]),
    ),
    cells: cells.map(({ condition, scenario, tool, runs, failures }) => ({
      condition: condition.id,
      scenario,
      tool: tool.id,
      runs: runs.length,
      failures,
      summary: Object.fromEntries(FIGURES.map((figure) => [figure, summarize(runs.map((run) => run[figure]))])),
      runsWithLongTasks: runs.filter((run) => run.longTasks > 0).length,
      runsWithToolLongTasks: runs.filter((run) => run.toolLongTasks > 0).length,
      runsWithUiLongTasks: runs.filter((run) => run.uiLongTasks > 0).length,
      runsWithLayoutShift: runs.filter((run) => run.layoutShift > 0).length,
      runsWithBanner: runs.filter((run) => run.bannerMs !== null).length,
      runsFetchingUiCode: runs.filter((run) => run.uiCodeFetched).length,
      requests: [...new Set(runs.flatMap((run) => run.toolRequests))],
      shiftSources: [...new Set(runs.flatMap((run) => run.shiftSources))],
      failedRequests: [...new Set(runs.flatMap((run) => run.failedRequests))],
      foreignRequests: [...new Set(runs.flatMap((run) => run.foreignRequests))],
      errors: [...new Set(runs.flatMap((run) => run.errors))],
      raw: Object.fromEntries(FIGURES.map((figure) => [figure, runs.map((run) => run[figure])])),
    })),
  };

  const outDir = join(BENCH_DIR, 'results');
  mkdirSync(outDir, { recursive: true });
  // A second full run on one day is `<date>-2`, and so on: an earlier run the README may quote stays.
  let name = options.quick || !complete ? `${date}-partial` : date;
  for (let run = 2; complete && existsSync(join(outDir, `${name}.json`)); run += 1) name = `${date}-${run}`;
  result.file = name;
  const base = join(outDir, name);
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 1)}\n`);
  const markdown = renderMarkdown(result);
  writeFileSync(`${base}.md`, markdown);
  console.log(`\n${markdown}`);
  log(`wrote ${base}.json and ${base}.md`);
  if (complete && options.readme) {
    log(updateReadme(result));
    log(rewriteReadmeSection(HAS_CONSENT_START, HAS_CONSENT_END, renderHasConsentSection(hasConsent, result.command)));
  }
} finally {
  await browser.close();
  await server.close();
}
