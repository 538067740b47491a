// Content Security Policy helpers for the browser tests.
import type { Page } from '@playwright/test';

/**
 * Records every `securitypolicyviolation` the page sees, from before its first script runs, as
 * `<effective directive> <blocked URI>`. Call before `page.goto`.
 */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolation(text: string): void }).__cspViolation(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}
