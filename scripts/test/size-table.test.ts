// The README's size table cannot drift from the size budgets: `pnpm run size` fails when they differ.
import { describe, expect, it } from 'vitest';
import { END, readmeProblems, renderSizeTable, replaceSection, START, TARGETS } from '../size-table.mjs';

const checks = [
  { name: 'consentkit.js', path: 'packages/sdk/dist/consentkit.js', limit: '6 KB' },
  { name: 'import { createConsent }', import: { 'packages/sdk/dist/index.js': '{ createConsent }' }, limit: '5 KB' },
];
const results = [
  { name: 'consentkit.js', passed: true, size: 5651, sizeLimit: 6000 },
  { name: 'import { createConsent }', passed: true, size: 4630, sizeLimit: 5000 },
];
const readmeWith = (table: string) => `# Title\n\nSizes:\n\n${table}\n\n## After\n`;

describe('size table', () => {
  it('has one row per size-limit entry: gzip size in kB to one decimal, and the budget as written', () => {
    const table = renderSizeTable(results, checks);
    expect(table.split('\n')).toEqual([
      START,
      '| what | gzip -9 | budget |',
      '|---|---|---|',
      '| consentkit.js | 5.7 kB | 6 KB |',
      '| import { createConsent } | 4.6 kB | 5 KB |',
      END,
    ]);
  });

  it('finds nothing wrong when the README shows the measured table', () => {
    const table = renderSizeTable(results, checks);
    expect(readmeProblems(readmeWith(table), table)).toEqual([]);
  });

  it('reports a README whose sizes differ from the measured ones, naming the lines', () => {
    const stale = renderSizeTable([{ ...results[0], size: 5400 }, results[1]], checks);
    const problems = readmeProblems(readmeWith(stale), renderSizeTable(results, checks));
    expect(problems[0]).toMatch(/out of date; run `pnpm run size:readme`/);
    expect(problems).toContain('  - | consentkit.js | 5.4 kB | 6 KB |');
    expect(problems).toContain('  + | consentkit.js | 5.7 kB | 6 KB |');
  });

  it('reports a README missing a row for a new size-limit entry', () => {
    const before = renderSizeTable(results.slice(0, 1), checks);
    const problems = readmeProblems(readmeWith(before), renderSizeTable(results, checks));
    expect(problems).toContain('  + | import { createConsent } | 4.6 kB | 5 KB |');
  });

  it('reports a README without the marked section', () => {
    expect(readmeProblems('# Title\n', renderSizeTable(results, checks))[0]).toMatch(/has no size table/);
  });

  it('rewrites only the marked section', () => {
    const table = renderSizeTable(results, checks);
    const stale = readmeWith(renderSizeTable([{ ...results[0], size: 1000 }, results[1]], checks));
    expect(replaceSection(stale, table)).toBe(readmeWith(table));
    expect(replaceSection('# nothing marked\n', table)).toBeNull();
  });

  it("says whether each visit's download meets issue #7's target, from the size-limit entry of exactly its files", () => {
    const visits = [
      { name: 'engine', path: 'packages/sdk/dist/consentkit.js', limit: '12 KB' },
      { name: 'engine + ui', path: ['packages/sdk/dist/consentkit.js', 'packages/banner-ui/dist/consentkit-ui.js'], limit: '22 KB' },
    ];
    const measured = [
      { name: 'engine', passed: true, size: 3950, sizeLimit: 12000 },
      { name: 'engine + ui', passed: true, size: 21292, sizeLimit: 22000 },
    ];
    const lines = renderSizeTable(measured, visits, TARGETS).split('\n');
    expect(lines).toContain('| first visit, English (engine + UI + CSS) | 21.3 kB | 11.0 kB | **no**: 10.3 kB over |');
    expect(lines).toContain('| returning visit (a stored choice: no UI code) | 4.0 kB | 4.0 kB | yes |');
  });

  it('marks a target unmet and says why when no size-limit entry measures its files', () => {
    const lines = renderSizeTable(results, checks, TARGETS).split('\n');
    expect(lines).toContain(
      '| first visit, English (engine + UI + CSS) | not measured: no size-limit entry for packages/sdk/dist/consentkit.js + packages/banner-ui/dist/consentkit-ui.js | 11.0 kB | **no** |',
    );
  });
});
