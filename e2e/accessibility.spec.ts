// axe-core (WCAG 2.2 A and AA rules) on every example page: with the banner up, with the preferences dialog
// open, and after a choice. axe checks inside the UI's open shadow root as well.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { banner, bannerButton, choose, expect, preferences, test } from './fixtures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  );
}

for (const path of ['/', '/privacy.html', '/qa.html', '/app/']) {
  test(`${path} passes axe with the banner, the dialog, and after a choice`, async ({ page }) => {
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    expect(await violations(page), 'with the banner').toEqual([]);

    await bannerButton(page, 'Settings').click();
    await expect(preferences(page)).toBeVisible();
    expect(await violations(page), 'with the preferences dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(preferences(page)).toBeHidden();

    await choose(page, 'Reject all');
    expect(await violations(page), 'after a choice').toEqual([]);
  });
}
