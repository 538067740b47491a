// Helpers for the interest-based ads opt-out tests: the opt-out panel, the collector's rows, what was POSTed.
import type { APIRequestContext, BrowserContext, Locator, Page } from '@playwright/test';
import type { ConsentLogEvent } from '../packages/sdk/src/optout/types';
import { embedReady, expect } from './fixtures';

export type { ConsentLogEvent };
export const COLLECTOR = '/api/consent-log';
/** Console errors a browser logs by itself for a failing or offline collector. */
export const NETWORK_ERRORS = [/Failed to load resource/, /ERR_INTERNET_DISCONNECTED/, /ERR_FAILED/];

/** The opt-out panel (a modal dialog in its own shadow root). */
export const optOutPanel = (page: Page): Locator => page.locator('[data-consentkit-panel]').getByRole('dialog', { name: 'Interest-based ads' });

/** The footer's opt-out control. */
export const footerOptOut = (page: Page): Locator => page.locator('footer').getByRole('button', { name: 'Opt out of interest-based ads' });

/**
 * The page's own opt-out control (in the text of /ads.html and /privacy.html): usable while the banner, fixed at
 * the bottom of the viewport, covers the footer.
 */
export const inPageOptOut = (page: Page): Locator => page.locator('main').getByRole('button', { name: /^opt out of interest-based ads$/i });

/** Opens the panel from `control`, confirms in one click, and waits for "Opt-out recorded". */
export async function optOutFrom(control: Locator): Promise<void> {
  await control.click();
  await optOutOnPanel(control.page());
}

export async function optOutOnPanel(page: Page): Promise<void> {
  const panel = optOutPanel(page);
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Opt out of interest-based ads' }).click();
  await expect(panel.getByRole('status')).toHaveText('Opt-out recorded');
}

/** `ConsentKit.*` in the page. */
export async function consentId(page: Page): Promise<string> {
  await embedReady(page);
  const id = await page.evaluate(() => (window as unknown as { ConsentKit: { getConsent(): { id: string } | null } }).ConsentKit.getConsent()?.id);
  expect(id, 'a consent record id').toBeTruthy();
  return id!;
}

export async function pendingEvents(page: Page): Promise<ConsentLogEvent[]> {
  return page.evaluate(() => (window as unknown as { ConsentKit: { getPendingEvents(): ConsentLogEvent[] } }).ConsentKit.getPendingEvents());
}

/** The collector's rows for one consent record, newest first. */
export async function collectorRows(request: APIRequestContext, id: string): Promise<(ConsentLogEvent & { receivedAt: string })[]> {
  const response = await request.get(`${COLLECTOR}?consentId=${encodeURIComponent(id)}`);
  expect(response.ok()).toBe(true);
  return (await response.json()).events;
}

/** Waits until the collector holds `count` rows for `id` (delivery is asynchronous), then returns them. */
export async function waitForRows(request: APIRequestContext, id: string, count: number) {
  await expect.poll(async () => (await collectorRows(request, id)).length, { message: `collector rows for ${id}` }).toBe(count);
  return collectorRows(request, id);
}

/**
 * Event ids in every POST to the collector that it answered 200, across all pages of the context. An id twice
 * here was sent twice and stored twice over (a no-op for the database, but a double send).
 */
export function acknowledgedSends(context: BrowserContext): () => string[] {
  const ids: string[] = [];
  context.on('response', (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== COLLECTOR || response.status() !== 200) return;
    const body = request.postDataJSON() as { events: { id: string }[] };
    ids.push(...body.events.map(({ id }) => id));
  });
  return () => [...ids];
}

/** Makes the collector answer 500, or fail at the network level ('unreachable'), until `restore()`. */
export async function breakCollector(context: BrowserContext, how: 'error' | 'unreachable'): Promise<() => Promise<void>> {
  const handler = (route: import('@playwright/test').Route) =>
    route.request().method() === 'POST'
      ? how === 'error'
        ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal server error' })
        : route.abort('connectionrefused')
      : route.fallback();
  await context.route(`**${COLLECTOR}`, handler);
  return () => context.unroute(`**${COLLECTOR}`, handler);
}
