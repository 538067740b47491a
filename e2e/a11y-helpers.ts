// Helpers for the accessibility, keyboard, language and theme tests: axe-core in the page, keyboard navigation
// that sees into shadow roots, and WCAG contrast from computed colours.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { expect, ui } from './fixtures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2 A and AA rules (2.2's target-size among them). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's violations on the whole page, open shadow roots included, one readable line per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  );
}

/** The first-layer banner in any language and layout: a region in the bar and box, a dialog in the modal layout. */
export const firstLayer = (page: Page, layout: 'bar' | 'box' | 'modal' = 'bar'): Locator =>
  layout === 'modal' ? ui(page).locator('dialog').first() : ui(page).getByRole('region');

/** Whether `locator` has keyboard focus: it is its root's active element, in the document or a shadow root. */
export const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => (element.getRootNode() as Document | ShadowRoot).activeElement === element);

/** Presses `key` (Tab or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { key = 'Tab', max = 80 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  expect(await isFocused(target), `${target} reached with ${key} in ${max} presses`).toBe(true);
}

/**
 * Tab wraps inside a modal `dialog`, both ways, and never reaches the page behind it: from the last control to the
 * first, back with Shift+Tab, and 20 presses visit every control and stay inside.
 */
export async function expectTabWrapsInside(page: Page, dialog: Locator): Promise<void> {
  const controls = dialog.locator('a[href], button');
  const first = controls.first();
  const last = controls.last();
  await tabTo(page, last);
  await page.keyboard.press('Tab');
  expect(await isFocused(first), `after the last control: ${await focusedName(page)}`).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await isFocused(last), `after Shift+Tab on the first: ${await focusedName(page)}`).toBe(true);
  const visited = new Set<string>();
  for (let step = 0; step < 20; step++) {
    await page.keyboard.press('Tab');
    visited.add(await focusedName(page));
    expect(await dialog.evaluate((element) => element.contains((element.getRootNode() as ShadowRoot).activeElement))).toBe(true);
  }
  expect(visited.size).toBe(await controls.count());
}

/**
 * WCAG 2.2 SC 2.4.11 (Focus Not Obscured): presses Tab through the page (at most 60 times, until focus leaves the
 * document) and returns each page control it reached, and those of them that something else
 * covered entirely (none of five points of the control is on top). Controls inside `own` (ConsentKit's) are passed.
 */
export async function focusCoverage(page: Page, own = '[data-consentkit-ui]'): Promise<{ seen: string[]; hidden: string[] }> {
  const seen: string[] = [];
  const hidden: string[] = [];
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press('Tab');
    // What the visitor sees: the frame after the browser scrolled the control into view.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const focused = await page.evaluate((own) => {
      const element = document.activeElement;
      if (!element || element === document.body) return { done: true };
      if (element.closest(own)) return { done: false };
      const box = element.getBoundingClientRect();
      const points = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + 1, box.top + 1],
        [box.right - 1, box.top + 1],
        [box.left + 1, box.bottom - 1],
        [box.right - 1, box.bottom - 1],
      ] as const;
      const visible = points.some(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !!hit && (hit === element || element.contains(hit));
      });
      return { done: false, name: `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`, visible };
    }, own);
    if (focused.done) break;
    if (!focused.name) continue;
    if (seen.includes(focused.name)) continue;
    seen.push(focused.name);
    if (!focused.visible) hidden.push(focused.name);
  }
  return { seen, hidden };
}

/** The element with keyboard focus, looking into shadow roots: its role/tag and text, for messages. */
export const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element ? `${element.getAttribute('role') ?? element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}"` : 'nothing';
  });

/** WCAG 2.x contrast ratio of two computed CSS colours (`rgb(r, g, b)` / `rgba(...)`), ignoring alpha. */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
      const c = Number(value) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Computed style properties of an element, for comparing buttons or checking colours. */
export const styleOf = (locator: Locator, properties: readonly string[]): Promise<Record<string, string>> =>
  locator.evaluate(
    (element, names) => Object.fromEntries(names.map((name) => [name, getComputedStyle(element).getPropertyValue(name)])),
    properties as string[],
  );
