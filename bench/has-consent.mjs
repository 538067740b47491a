#!/usr/bin/env node
// `pnpm bench:has-consent`: how many `hasConsent()` calls per second the built engine answers. hasConsent reads a
// Set computed when the choice was made, never the cookie: for contrast, the same question answered by decoding
// the stored value on every call (what a tool that parses its cookie per call pays) is timed alongside.
// A benchmark prints its figures; it asserts nothing and is never part of `npm test`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarize } from './src/stats.mjs';
import { ROOT_DIR } from './src/tools.mjs';

const ENGINE = join(ROOT_DIR, 'packages', 'sdk', 'dist', 'index.js');
if (!existsSync(ENGINE)) {
  console.error('has-consent: build the engine first (pnpm run build)');
  process.exit(1);
}
const { createConsent, decodeConsent, memoryStore } = await import(pathToFileURL(ENGINE).href);

const SAMPLE_MS = 250;
const SAMPLES = 9;
const BATCH = 10_000;

/** Calls per second of `call`, as the median of SAMPLES time-boxed samples (after one warm-up sample). */
function callsPerSecond(call) {
  let sink = 0;
  const rates = [];
  for (let sample = 0; sample <= SAMPLES; sample += 1) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    // Bounded: one sample never runs past SAMPLE_MS plus one batch.
    while (elapsed < SAMPLE_MS) {
      for (let index = 0; index < BATCH; index += 1) if (call(index)) sink += 1;
      calls += BATCH;
      elapsed = performance.now() - start;
    }
    if (sample > 0) rates.push((calls / elapsed) * 1000);
  }
  if (sink < 0) console.log(sink); // keeps the results alive so the calls cannot be optimised away
  return summarize(rates);
}

const store = memoryStore();
const consent = createConsent({
  store,
  categories: { advertising: { services: [{ id: 'adpartner', label: 'AdPartner' }] } },
});
consent.setConsent({ analytics: true, 'advertising:adpartner': true });
const stored = store.read();
const ids = ['analytics', 'advertising', 'advertising:adpartner', 'social', 'necessary', 'unknown'];

const cases = [
  ['hasConsent(id), one id', () => consent.hasConsent('analytics')],
  ['hasConsent(id), six ids in turn (granted, denied, service, necessary, unknown)', (index) => consent.hasConsent(ids[index % ids.length])],
  ['for contrast: decodeConsent(cookie value) per call, then the lookup', (index) => decodeConsent(stored)?.choices[ids[index % ids.length]] === true],
];

const format = (value) => (value >= 1e6 ? `${(value / 1e6).toFixed(1)} M/s` : `${(value / 1e3).toFixed(0)} k/s`);
console.log(`hasConsent micro-benchmark: Node ${process.version}, ${SAMPLES} samples of ${SAMPLE_MS} ms each, medians [interquartile range]\n`);
const results = cases.map(([name, call]) => ({ name, ...callsPerSecond(call) }));
for (const { name, median, q1, q3 } of results) console.log(`${format(median).padStart(11)} [${format(q1)}-${format(q3)}]  ${name}`);
const [memory, , decoding] = results;
console.log(`\nfrom memory: ${(memory.median / decoding.median).toFixed(0)}x the calls per second of decoding the cookie each time`);
