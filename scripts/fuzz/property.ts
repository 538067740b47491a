// Runs fast-check properties at two sizes: a few thousand runs inside `npm test`, and as many as `pnpm fuzz`
// asks for (CK_PROPERTY_RUNS). With CK_FUZZ_REPORT set, each property appends one JSON line to that file (its
// name, runs, and the tallies it kept), which scripts/fuzz/run.mjs turns into the report the README quotes.
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

/** Runs per property in a fuzz run (CK_PROPERTY_RUNS), else undefined: each property's own `npm test` count. */
const FUZZ_RUNS = Number(process.env.CK_PROPERTY_RUNS) || undefined;

/**
 * Time a property test may take: its runs are bounded, not its time, and a shared machine under load can be ten
 * times slower than an idle one. In a fuzz run, an hour: a suite's own timeout overrides vitest's --testTimeout, so
 * a fixed 60 s here failed properties that were still passing at 100,000 runs.
 */
export const PROPERTY_TIMEOUT = FUZZ_RUNS === undefined ? 60_000 : 3_600_000;

/** Counts outcomes inside a property (`tally.count('decoded')`), for the fuzz report. */
export interface Tally {
  count(outcome: string): void;
}

/**
 * Checks `property` over `runs` generated inputs in `npm test` (2000 by default; fewer for a property that builds
 * whole instances, so the unit suite stays quick), or CK_PROPERTY_RUNS in a fuzz run. CK_PROPERTY_SEED replays a
 * reported failure. Throws fast-check's report, with the shrunk counterexample, on the first failure.
 *
 * @example
 * it('never throws', () => holds('decode: arbitrary strings', (tally) =>
 *   fc.property(fc.string(), (value) => { tally.count(decode(value) ? 'decoded' : 'null'); })));
 */
export function holds<Ts>(name: string, build: (tally: Tally) => fc.IProperty<Ts>, runs = 2000): void {
  const { tally, finish } = track(name);
  finish(fc.check(build(tally), parameters(runs)));
}

/** Runs of a property in `npm test`, and at most in a fuzz run (for one whose every run is a network round trip). */
export interface AsyncRuns {
  runs: number;
  /** A ceiling on CK_PROPERTY_RUNS, reported as such. */
  fuzzCeiling?: number;
}

/**
 * `holds` for a property that awaits (a request to a server, say).
 *
 * @example
 * it('answers', () => holdsAsync('collector: bodies', () => fc.asyncProperty(body, async (b) => { ... }), { runs: 200 }));
 */
export async function holdsAsync<Ts>(name: string, build: (tally: Tally) => fc.IAsyncProperty<Ts>, { runs, fuzzCeiling }: AsyncRuns): Promise<void> {
  const { tally, finish } = track(name, fuzzCeiling !== undefined && FUZZ_RUNS !== undefined && FUZZ_RUNS > fuzzCeiling);
  finish(await fc.check(build(tally), parameters(runs, fuzzCeiling)));
}

const parameters = (runs: number, ceiling = Infinity) => {
  const seed = Number(process.env.CK_PROPERTY_SEED) || undefined;
  return { numRuns: FUZZ_RUNS === undefined ? runs : Math.min(FUZZ_RUNS, ceiling), ...(seed === undefined ? {} : { seed }) };
};

/** Tallies outcomes, then reports the run (CK_FUZZ_REPORT) and throws fast-check's report on a failure. */
function track(name: string, capped = false) {
  const outcomes: Record<string, number> = {};
  const tally: Tally = { count: (outcome) => void (outcomes[outcome] = (outcomes[outcome] ?? 0) + 1) };
  const finish = (details: fc.RunDetails<unknown>) => {
    const report = process.env.CK_FUZZ_REPORT;
    if (report) {
      // Tallies include the shrinking runs of a failure; the runs figure is fast-check's own count.
      const line = { property: name, runs: details.numRuns, capped, skipped: details.numSkips, failed: details.failed, seed: details.seed, outcomes };
      appendFileSync(report, `${JSON.stringify(line)}\n`);
    }
    if (details.failed) {
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`${fc.defaultReportMessage(details) ?? `${name} failed`}\n\nError of the shrunk counterexample:\n${cause}`);
    }
  };
  return { tally, finish };
}
