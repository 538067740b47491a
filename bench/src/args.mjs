// Command-line options of `pnpm bench` (bench/run.mjs).
import { CONDITIONS } from './measure.mjs';

export const USAGE = `Usage: pnpm bench [options]

  --quick              5 runs per cell instead of 30 (for development; never written to the README)
  --runs <n>           runs per tool, scenario and condition (default 30)
  --tools <ids>        comma-separated tool ids (default: all)
  --conditions <ids>   comma-separated: ${CONDITIONS.map(({ id }) => id).join(', ')} (default: all)
  --scenarios <ids>    comma-separated: first, returning (default: both)
  --port <n>           the bench server's port on 127.0.0.1 (default 4300)
  --settle <ms>        quiet time that ends a page view (default 200)
  --seed <n>           seed of the interleaving order (default: the date)
  --no-readme          do not rewrite the README's benchmark section after a full run
  --help`;

const list = (value) => value.split(',').map((item) => item.trim()).filter(Boolean);

/** Parses argv (without node and script). Throws an Error whose message is for the user. */
export function parseArgs(argv) {
  const options = {
    quick: false,
    runs: 30,
    tools: null,
    conditions: CONDITIONS.map(({ id }) => id),
    scenarios: ['first', 'returning'],
    port: 4300,
    settleMs: 200,
    seed: Number(new Date().toISOString().slice(0, 10).replaceAll('-', '')),
    readme: true,
    help: false,
  };
  let runsGiven = false;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = () => {
      const next = argv[(index += 1)];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    const number = () => {
      const parsed = Number(value());
      if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${flag} needs a whole number`);
      return parsed;
    };
    if (flag === '--quick') options.quick = true;
    else if (flag === '--runs') (options.runs = number()), (runsGiven = true);
    else if (flag === '--tools') options.tools = list(value());
    else if (flag === '--conditions') options.conditions = list(value());
    else if (flag === '--scenarios') options.scenarios = list(value());
    else if (flag === '--port') options.port = number();
    else if (flag === '--settle') options.settleMs = number();
    else if (flag === '--seed') options.seed = number();
    else if (flag === '--no-readme') options.readme = false;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new Error(`unknown option ${flag}`);
  }
  if (options.quick && !runsGiven) options.runs = 5;
  if (options.runs < 1 || options.runs > 200) throw new Error('--runs must be between 1 and 200');
  const unknownCondition = options.conditions.find((id) => !CONDITIONS.some((condition) => condition.id === id));
  if (unknownCondition) throw new Error(`unknown condition ${unknownCondition}`);
  const unknownScenario = options.scenarios.find((id) => id !== 'first' && id !== 'returning');
  if (unknownScenario) throw new Error(`unknown scenario ${unknownScenario}`);
  return options;
}
