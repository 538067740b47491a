#!/usr/bin/env node
// Size budgets and the README's size table, from one source: the "size-limit" entries of package.json.
//   node scripts/size-table.mjs          run size-limit, print every size against its budget, and fail when a
//                                        budget is exceeded or the README's size table says something else
//                                        (`pnpm run size`, part of `npm test`)
//   node scripts/size-table.mjs --write  rewrite the README's size table from size-limit (`pnpm run size:readme`)
// The table shows gzip sizes in kB (1000 bytes) to one decimal, so it only has to change when a size really does.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { replaceMarked } from './readme-section.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const START = '<!-- size-table:start (generated from package.json "size-limit" by `pnpm run size:readme`; checked by `pnpm run size`) -->';
export const END = '<!-- size-table:end -->';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Issue #7's download targets. Each is measured by the size-limit entry whose `path` is exactly the files that
 * visit downloads, so the README says whether it is met from the same figures the budgets are checked with.
 */
export const TARGETS = [
  { visit: 'first visit, English (engine + UI + CSS)', paths: ['packages/sdk/dist/consentkit.js', 'packages/banner-ui/dist/consentkit-ui.js'], target: 11000 },
  { visit: 'returning visit (a stored choice: no UI code)', paths: ['packages/sdk/dist/consentkit.js'], target: 4000 },
];

const samePaths = (check, paths) => [check.path ?? []].flat().join('\n') === paths.join('\n');

function targetRow({ visit, paths, target }, results, checks) {
  const name = checks.find((check) => samePaths(check, paths))?.name;
  const size = results.find((result) => result.name === name)?.size;
  if (size === undefined) return `| ${visit} | not measured: no size-limit entry for ${paths.join(' + ')} | ${kB(target)} | **no** |`;
  return `| ${visit} | ${kB(size)} | ${kB(target)} | ${size <= target ? 'yes' : `**no**: ${kB(size - target)} over`} |`;
}

/**
 * The markdown for size-limit's JSON results and the configured checks (for their written limits): one row per
 * check, then, when `targets` are given, whether each visit's download meets its target.
 */
export function renderSizeTable(results, checks, targets = []) {
  const rows = results.map(({ name, size }) => {
    const limit = checks.find((check) => check.name === name)?.limit ?? 'none';
    return `| ${name} | ${kB(size)} | ${limit} |`;
  });
  const targetRows = targets.length
    ? ['', '| visit | downloads, gzip -9 | target (issue #7) | met |', '|---|---|---|---|', ...targets.map((target) => targetRow(target, results, checks))]
    : [];
  return [START, '| what | gzip -9 | budget |', '|---|---|---|', ...rows, ...targetRows, END].join('\n');
}

/** The README with its size-table section replaced by `table`; null when the README has no such section. */
export const replaceSection = (readme, table) => replaceMarked(readme, START, END, table);

/** What is wrong with the README's size table, as messages (empty when it matches `table`). */
export function readmeProblems(readme, table) {
  const replaced = replaceSection(readme, table);
  if (replaced === null) return [`README.md has no size table between ${START} and ${END}`];
  if (replaced === readme) return [];
  const current = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length).split('\n');
  const wanted = table.split('\n');
  return [
    'README.md size table is out of date; run `pnpm run size:readme`:',
    ...current.filter((line) => !wanted.includes(line)).map((line) => `  - ${line}`),
    ...wanted.filter((line) => !current.includes(line)).map((line) => `  + ${line}`),
  ];
}

function runSizeLimit() {
  const bin = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('size-limit/package.json')), 'bin.js');
  const result = spawnSync(process.execPath, [bin, '--json'], { cwd: ROOT, encoding: 'utf8' });
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new Error(`size-limit printed no JSON (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`size-limit failed:\n${parsed.error ?? JSON.stringify(parsed)}`);
  return parsed;
}

function main(argv) {
  const write = argv.includes('--write');
  const checks = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))['size-limit'];
  const results = runSizeLimit();
  const width = Math.max(...results.map(({ name }) => name.length));
  for (const { name, size, sizeLimit, passed } of results) {
    console.log(`  ${passed === false ? 'OVER' : 'ok  '}  ${name.padEnd(width)}  ${String(size).padStart(6)} B of ${String(sizeLimit).padStart(6)} B`);
  }
  const problems = results.filter(({ passed }) => passed === false).map(({ name, size, sizeLimit }) => `${name}: ${size} B is over its budget of ${sizeLimit} B`);
  const table = renderSizeTable(results, checks, TARGETS);
  const readmeFile = join(ROOT, 'README.md');
  const readme = readFileSync(readmeFile, 'utf8');
  if (write) {
    const next = replaceSection(readme, table);
    if (next === null) problems.push(`README.md has no size table between ${START} and ${END}`);
    else if (next !== readme) {
      writeFileSync(readmeFile, next);
      console.log('size-table: rewrote the size table in README.md');
    }
  } else {
    problems.push(...readmeProblems(readme, table));
  }
  if (problems.length) {
    console.error(`\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`size-table: ${error.message}`);
    process.exitCode = 1;
  }
}
