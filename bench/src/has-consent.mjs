// The hasConsent() micro-benchmark: how many calls per second the built engine answers. hasConsent reads a Set
// computed when the choice was made, never the cookie: for contrast, the same question answered by decoding the
// stored value on every call (what a tool that parses its cookie per call pays) is timed alongside.
// Run by `pnpm bench:has-consent`, and by a full `pnpm bench`, which puts its figure in the README too.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarize } from './stats.mjs';
import { ROOT_DIR } from './tools.mjs';

const ENGINE = join(ROOT_DIR, 'packages', 'sdk', 'dist', 'index.js');
const SAMPLE_MS = 250;
const SAMPLES = 9;
const BATCH = 10_000;
export const HAS_CONSENT_START = '<!-- has-consent:start (written by `pnpm bench:has-consent` and `pnpm bench`; do not edit by hand) -->';
export const HAS_CONSENT_END = '<!-- has-consent:end -->';

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

/** Times the cases against the built engine: { date, node, samples, sampleMs, cases: [{ name, median, q1, q3 }] }. */
export async function measureHasConsent() {
  if (!existsSync(ENGINE)) throw new Error('build the engine first (pnpm run build)');
  const { createConsent, decodeConsent, memoryStore } = await import(pathToFileURL(ENGINE).href);
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
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    samples: SAMPLES,
    sampleMs: SAMPLE_MS,
    cases: cases.map(([name, call]) => ({ name, ...callsPerSecond(call) })),
  };
}

const rate = (value) => (value >= 1e6 ? `${(value / 1e6).toFixed(1)} M/s` : `${(value / 1e3).toFixed(0)} k/s`);
/** How many times more calls per second answering from memory gets than decoding the cookie each time. */
const speedup = ({ cases: [memory, , decoding] }) => (memory.median / decoding.median).toFixed(0);

/** The console report. */
export function renderHasConsentText(measured) {
  return [
    `hasConsent micro-benchmark: Node ${measured.node}, ${measured.samples} samples of ${measured.sampleMs} ms each, medians [interquartile range]`,
    '',
    ...measured.cases.map(({ name, median, q1, q3 }) => `${rate(median).padStart(11)} [${rate(q1)}-${rate(q3)}]  ${name}`),
    '',
    `from memory: ${speedup(measured)}x the calls per second of decoding the cookie each time`,
  ].join('\n');
}

/** The figures as a markdown table, with the speed-up of answering from memory. */
export function renderHasConsentTable(measured) {
  return [
    '| call | calls per second [interquartile range] |',
    '|---|---|',
    ...measured.cases.map(({ name, median, q1, q3 }) => `| ${name} | ${rate(median)} [${rate(q1)}-${rate(q3)}] |`),
    '',
    `Answering from memory: ${speedup(measured)}x the calls per second of decoding the cookie on every call.`,
  ].join('\n');
}

/** The README's marked section: the table, with the date, the command and the machine. */
export function renderHasConsentSection(measured, command) {
  return [
    HAS_CONSENT_START,
    `Measured ${measured.date} with \`${command}\` (Node ${measured.node}, medians of ${measured.samples} samples of ${measured.sampleMs} ms):`,
    '',
    renderHasConsentTable(measured),
    HAS_CONSENT_END,
  ].join('\n');
}
