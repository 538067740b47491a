// The benchmark's markdown: full tables (medians, interquartile ranges, ratios to ConsentKit), the targets of
// issue #7 checked against this run, and the README's summary section.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceMarked } from '../../scripts/readme-section.mjs';
import { renderHasConsentTable } from './has-consent.mjs';
import { ROOT_DIR } from './tools.mjs';

const BASE = 'consentkit';
const HINTED = 'consentkit-hinted';
const ASYNC = 'consentkit-async';
const ANCHOR = 'vanilla-cookieconsent';
/** The tools ConsentKit is measured against (not its own variant, not the page alone). */
const isAnchor = (id) => !id.startsWith('consentkit') && id !== 'none';
export const README_START = '<!-- bench:start (written by `pnpm bench`; do not edit by hand) -->';
export const README_END = '<!-- bench:end -->';

// kB = 1000 bytes, as size-limit and the README's size table count.
const kb = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${Math.round(value)}`);
const ratio = (value, base) => (value === null || !base ? '' : ` (${(value / base).toFixed(1)}x)`);

const cellOf = (result, condition, scenario, tool) =>
  result.cells.find((cell) => cell.condition === condition && cell.scenario === scenario && cell.tool === tool);
const median = (cell, figure) => cell?.summary[figure]?.median ?? null;

/** `median [q1-q3]`, and the ratio to ConsentKit's median when `base` is given. */
function spread(cell, figure, format, base) {
  const stats = cell?.summary[figure];
  if (!stats || stats.median === null) return 'n/a';
  const iqr = stats.q1 === stats.q3 ? '' : ` [${format(stats.q1)}-${format(stats.q3)}]`;
  return `${format(stats.median)}${iqr}${base === undefined ? '' : ratio(stats.median, base)}`;
}

const toolName = (result, id) => {
  const tool = result.tools.find((entry) => entry.id === id);
  return tool.version ? `${tool.name} ${tool.version}` : tool.name;
};
const cookieBytes = (cookies) => (cookies?.length ? cookies.reduce((total, cookie) => total + cookie.bytes, 0) : null);
// Runs with a long task the tool caused; then runs with any long task at all, and the median total of those.
// For ConsentKit, also the runs with a long task caused by its UI (the banner) rather than its engine.
const longTasks = (cell) => {
  if (!cell) return 'n/a';
  const ui = isAnchor(cell.tool) || cell.tool === 'none' ? '' : `UI: ${cell.runsWithUiLongTasks}/${cell.runs}; `;
  return `${cell.runsWithToolLongTasks}/${cell.runs} (${ui}any: ${cell.runsWithLongTasks}/${cell.runs}, ${ms(median(cell, 'longTaskMs'))} ms)`;
};
const shift = (cell) => (cell ? `${(cell.summary.layoutShift.max ?? 0).toFixed(3)} max, ${cell.runsWithLayoutShift}/${cell.runs} runs` : 'n/a');

/**
 * One row per tool measured in this condition and scenario. `row` gets the tool id, its cell and `withRatio`, which
 * formats a figure's spread followed by its ratio to ConsentKit's median (none on ConsentKit's own row).
 */
function rowsOf(result, condition, scenario, row) {
  const base = cellOf(result, condition, scenario, BASE);
  return result.tools.flatMap(({ id }) => {
    const cell = cellOf(result, condition, scenario, id);
    if (!cell) return [];
    const withRatio = (figure, format) => spread(cell, figure, format, id === BASE ? undefined : median(base, figure));
    return [row(id, cell, withRatio)];
  });
}

function firstVisitTable(result, condition) {
  const rows = rowsOf(
    result,
    condition,
    'first',
    (id, cell, withRatio) =>
      `| ${toolName(result, id)} | ${withRatio('bannerMs', ms)} | ${spread(cell, 'fcpMs', ms)} | ${withRatio('toolWireBytes', kb)} | ${withRatio('toolGzipBytes', kb)} | ${cell.requests.length} | ${withRatio('scriptMs', ms)} | ${longTasks(cell)} | ${shift(cell)} |`,
  );
  return [
    '| tool | banner visible, ms | first contentful paint, ms | tool bytes on the wire | gzip -9 of the tool | tool requests | script, ms | runs with long tasks caused by the tool (with any long task, median total) | layout shift |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function returningTable(result, condition) {
  const rows = rowsOf(result, condition, 'returning', (id, cell, withRatio) => {
    const uiCode = isAnchor(id) ? 'all of it' : `${cell.runsFetchingUiCode}/${cell.runs} runs`;
    return `| ${toolName(result, id)} | ${withRatio('toolWireBytes', kb)} | ${withRatio('toolGzipBytes', kb)} | ${cell.requests.length} | ${uiCode} | ${withRatio('scriptMs', ms)} | ${spread(cell, 'fcpMs', ms)} | ${spread(cell, 'loadMs', ms)} | ${longTasks(cell)} | ${shift(cell)} | ${cell.runsWithBanner}/${cell.runs} |`;
  });
  return [
    '| tool | tool bytes on the wire | gzip -9 of the tool | tool requests | UI code fetched | script, ms | first contentful paint, ms | load event, ms | runs with long tasks caused by the tool (any) | layout shift | banner shown again |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Issue #7's targets for ConsentKit, each with what this run measured. */
export function checkTargets(result) {
  const targets = [];
  const add = (target, measured, met) => targets.push({ target, measured, met });
  const has = (condition, scenario) => cellOf(result, condition, scenario, BASE);
  if (has('desktop', 'first')) {
    const gzip = median(has('desktop', 'first'), 'toolGzipBytes');
    add('first visit, everything downloaded: at most 11 kB gzip', `${kb(gzip)} (${gzip} B)`, gzip <= 11_000);
  }
  if (has('desktop', 'returning')) {
    const cell = has('desktop', 'returning');
    const gzip = median(cell, 'toolGzipBytes');
    add('returning visitor: at most 4 kB gzip', `${kb(gzip)} (${gzip} B)`, gzip <= 4_000);
    add('returning visitor: no UI code fetched', `${cell.runsFetchingUiCode} of ${cell.runs} runs fetched UI code`, cell.runsFetchingUiCode === 0);
  }
  // Timing targets for the bare tag and, where measured, for the tag plus the server's preload hint and the async tag.
  for (const [own, suffix] of [[BASE, ''], [HINTED, ', with the server preload hint'], [ASYNC, ', async tag']]) {
    for (const { id, short: label } of result.conditions) {
      const mine = median(cellOf(result, id, 'first', own), 'bannerMs');
      const anchor = median(cellOf(result, id, 'first', ANCHOR), 'bannerMs');
      if (mine !== null && anchor !== null) {
        add(`time to banner at most half of vanilla-cookieconsent's (${label}${suffix})`, `${ms(mine)} ms vs ${ms(anchor)} ms (${(mine / anchor).toFixed(2)}x)`, mine <= anchor / 2);
      }
    }
    const mine = median(cellOf(result, 'mobile', 'first', own), 'bannerMs');
    const fastest = result.tools
      .filter(({ id }) => isAnchor(id))
      .map(({ id }) => ({ id, value: median(cellOf(result, 'mobile', 'first', id), 'bannerMs') }))
      .filter(({ value }) => value !== null)
      .sort((a, b) => a.value - b.value)[0];
    if (mine !== null && fastest) {
      add(`time to banner on the mobile network no later than the fastest anchor${suffix}`, `${ms(mine)} ms vs ${toolName(result, fastest.id)} ${ms(fastest.value)} ms`, mine <= fastest.value);
    }
  }
  for (const { id, short: label } of result.conditions) {
    for (const scenario of ['first', 'returning']) {
      const cell = has(id, scenario);
      if (!cell) continue;
      // "Caused by the banner" (issue #7) is the UI's work; the engine's start-up is reported next to it.
      if (scenario === 'first') {
        add(
          `zero long tasks caused by the banner (${label})`,
          `${cell.runsWithUiLongTasks} of ${cell.runs} runs had one caused by the UI (${cell.runsWithToolLongTasks} by any ConsentKit code, ${cell.runsWithLongTasks} had any long task)`,
          cell.runsWithUiLongTasks === 0,
        );
      } else {
        add(
          `returning visit: zero long tasks caused by the engine (${label})`,
          `${cell.runsWithToolLongTasks} of ${cell.runs} runs had one caused by ConsentKit (${cell.runsWithLongTasks} had any long task)`,
          cell.runsWithToolLongTasks === 0,
        );
      }
      add(`zero layout shift, ${scenario} visit (${label})`, `max ${(cell.summary.layoutShift.max ?? 0).toFixed(3)}`, !cell.runsWithLayoutShift);
    }
  }
  const cookie = result.cookies[BASE];
  if (cookie) {
    const largest = Math.max(cookieBytes(cookie.accepted) ?? 0, cookieBytes(cookie.rejected) ?? 0);
    add('consent cookie at most 80 bytes', `${largest} bytes`, largest <= 80);
  }
  return targets;
}

function cookieTable(result) {
  const describe = (cookies) => (cookies?.length ? cookies.map((cookie) => `\`${cookie.name}\` ${cookie.bytes} B`).join(', ') : 'none');
  return [
    '| tool | after "accept all" | after "reject all" |',
    '|---|---|---|',
    ...result.tools
      .filter(({ id }) => result.cookies[id])
      .map(({ id }) => `| ${toolName(result, id)} | ${describe(result.cookies[id].accepted)} | ${describe(result.cookies[id].rejected)} |`),
  ].join('\n');
}

/** The whole report of one run. */
export function renderMarkdown(result) {
  const { machine, settings } = result;
  const out = [
    `# ConsentKit benchmark, ${result.date}`,
    '',
    `Command: \`${result.command}\` (${result.durationSeconds} s). ${settings.runs} runs per tool, scenario and condition, tools interleaved; ` +
      `a fresh browser context per run. Chromium ${machine.chromium}, Node ${machine.node}, ${machine.cpus} x ${machine.cpu}.`,
    'Cells: median [interquartile range], and (ratio to ConsentKit\'s median). Method: bench/README.md.',
    '',
    '## Tools',
    '',
    ...result.tools.map(({ id, note }) => `- ${toolName(result, id)}: ${note}`),
    '',
    '## ConsentKit against the targets of issue #7',
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...checkTargets(result).map(({ target, measured, met }) => `| ${target} | ${measured} | ${met ? 'yes' : '**no**'} |`),
  ];
  for (const { id, label } of result.conditions) {
    if (result.cells.some((cell) => cell.condition === id && cell.scenario === 'first')) {
      out.push('', `## First visit, ${label}`, '', firstVisitTable(result, id));
    }
    if (result.cells.some((cell) => cell.condition === id && cell.scenario === 'returning')) {
      out.push('', `## Returning visit (choice stored), ${label}`, '', returningTable(result, id));
    }
  }
  out.push('', '## Consent cookie (`name=value` as sent in every request)', '', cookieTable(result));
  if (result.hasConsent) {
    out.push('', `## hasConsent() calls per second (Node ${result.hasConsent.node}, in-process, no browser)`, '', renderHasConsentTable(result.hasConsent));
  }
  const problems = result.cells.filter((cell) => cell.failures.length || cell.errors.length || cell.failedRequests.length || cell.foreignRequests.length);
  if (problems.length) {
    out.push('', '## Problems seen', '');
    for (const cell of problems) {
      const notes = [...cell.failures.map((f) => `failed run: ${f}`), ...cell.errors, ...cell.failedRequests, ...cell.foreignRequests.map((url) => `left loopback: ${url}`)];
      out.push(`- ${cell.tool}, ${cell.scenario}, ${cell.condition}: ${[...new Set(notes)].slice(0, 5).join('; ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The README's short section: one row per tool, the targets, and where the full tables are. */
export function renderReadmeSection(result) {
  const row = ({ id }) => {
    const first = (condition) => cellOf(result, condition, 'first', id);
    const base = (condition, scenario, figure) => (id === BASE ? undefined : median(cellOf(result, condition, scenario, BASE), figure));
    const figure = (condition, scenario, name, format) => {
      const cell = cellOf(result, condition, scenario, id);
      const value = median(cell, name);
      if (value === null) return 'n/a';
      const against = base(condition, scenario, name);
      return `${format(value)}${against === undefined ? '' : ratio(value, against)}`;
    };
    const slow = first('cpu4x');
    return `| ${toolName(result, id)} | ${figure('desktop', 'first', 'toolGzipBytes', kb)} | ${figure('desktop', 'returning', 'toolGzipBytes', kb)} | ${figure('desktop', 'first', 'bannerMs', ms)} | ${figure('cpu4x', 'first', 'bannerMs', ms)} | ${figure('mobile', 'first', 'bannerMs', ms)} | ${figure('desktop', 'first', 'fcpMs', ms)} | ${figure('desktop', 'first', 'scriptMs', ms)} | ${slow ? `${slow.runsWithToolLongTasks}/${slow.runs}` : 'n/a'} | ${(first('desktop')?.summary.layoutShift.max ?? 0).toFixed(3)} | ${cookieBytes(result.cookies[id]?.accepted) ?? 'n/a'} |`;
  };
  // What the page alone paints at: a tool's first contentful paint later than that is its cost to the page.
  const bare = median(cellOf(result, 'desktop', 'first', 'none'), 'fcpMs');
  const lines = [
    README_START,
    `Measured ${result.date} with \`${result.command}\` (${result.settings.runs} runs each, medians; Chromium ${result.machine.chromium}, ${result.machine.cpus} x ${result.machine.cpu}).`,
    `Full tables with interquartile ranges, returning visits under every condition and the method: [bench/results/${result.file ?? result.date}.md](bench/results/${result.file ?? result.date}.md), [bench/README.md](bench/README.md).`,
    '',
    `| tool | first visit, gzip | returning, gzip | banner visible, ms | with 4x CPU slowdown | on a mobile network | page's first paint, ms (without a tool: ${ms(bare)}) | script, ms | runs with long tasks it caused (4x CPU) | layout shift | consent cookie, bytes |`,
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...result.tools.filter(({ id }) => id !== 'none').map(row),
    '',
    '| ConsentKit target (issue #7) | measured | met |',
    '|---|---|---|',
    ...checkTargets(result).filter(({ target }) => !/^returning visit: zero long tasks|^zero layout shift, returning/.test(target))
      .map(({ target, measured, met }) => `| ${target} | ${measured} | ${met ? 'yes' : '**no**'} |`),
    README_END,
  ];
  return lines.join('\n');
}

/** Rewrites the README's section between the `start` and `end` markers with `section`. Returns what it did, for the log. */
export function rewriteReadmeSection(start, end, section) {
  const file = join(ROOT_DIR, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const next = replaceMarked(readme, start, end, section);
  if (next === null) return `README.md has no ${start} ... ${end} section: left alone`;
  writeFileSync(file, next);
  return `rewrote the ${start.slice(5, start.indexOf(':'))} section of README.md`;
}

/** Rewrites the README's marked benchmark section. Returns what it did, for the log. */
export const updateReadme = (result) => rewriteReadmeSection(README_START, README_END, renderReadmeSection(result));
