#!/usr/bin/env node
// `pnpm fuzz`: the property tests (every *.property.test.ts) at fuzzing size, 100,000 runs per property by
// default, then a report of what was tried: runs and outcome tallies per property, and the totals.
//   pnpm fuzz                  100,000 runs per property
//   pnpm fuzz --runs 1000000   more
//   pnpm fuzz --seed 42        replay the runs of a reported seed
//   pnpm fuzz examples/collector   only the tests under that path (vitest's path filter)
// Not part of `npm test` (minutes, not seconds); the same properties run there with a few thousand runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } }, allowPositionals: true });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`fuzz: --runs must be a whole number, got ${values.runs}`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'consentkit-fuzz-'));
const report = join(dir, 'report.jsonl');
const started = process.hrtime.bigint();
console.log(`fuzz: ${runs.toLocaleString('en-US')} runs per property${values.seed ? `, seed ${values.seed}` : ''}`);
// vitest filters by path: every *.property.test.* file, or every test under the paths given (only properties report).
const files = positionals.length ? positionals : ['.property.test.'];
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', ...files, '--testTimeout=0', '--reporter=dot'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, CK_PROPERTY_RUNS: String(runs), CK_FUZZ_REPORT: report, ...(values.seed ? { CK_PROPERTY_SEED: values.seed } : {}) },
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

let lines = [];
try {
  lines = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
} catch {
  // No property reported: vitest failed before running any.
}
rmSync(dir, { recursive: true, force: true });

const number = (n) => n.toLocaleString('en-US');
const width = Math.max(8, ...lines.map((line) => line.property.length));
console.log(`\n${'property'.padEnd(width)}  ${'runs'.padStart(9)}  result  outcomes`);
for (const line of lines.sort((a, b) => a.property.localeCompare(b.property))) {
  const outcomes = Object.entries(line.outcomes).map(([name, count]) => `${name} ${number(count)}`).join(', ');
  console.log(`${line.property.padEnd(width)}  ${number(line.runs).padStart(9)}${line.capped ? '*' : ' '} ${line.failed ? 'FAILED' : 'ok    '}  ${outcomes}`);
}
if (lines.some((line) => line.capped)) console.log('* capped by the property: each run is a round trip to a server (its ceiling is in its test)');
const total = lines.reduce((sum, line) => sum + line.runs, 0);
const failed = lines.filter((line) => line.failed).length;
console.log(
  `\n${lines.length} properties, ${number(total)} generated inputs, ${failed} failed, ${seconds.toFixed(0)} s` +
    ` (node ${process.version}, reproduce with: pnpm fuzz --runs ${runs}${positionals.length ? ` ${positionals.join(' ')}` : ''})`,
);
process.exit(result.status === 0 && failed === 0 && lines.length > 0 ? 0 : 1);
