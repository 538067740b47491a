// Shared by the enforcement tests: every instance watches the one jsdom document, so observers from earlier tests
// are disconnected after each test, and the DOM is emptied.
import { afterEach, beforeEach, vi } from 'vitest';

const observers: MutationObserver[] = [];

export function isolateDocument(): void {
  beforeEach(() => {
    const Native = MutationObserver;
    vi.stubGlobal(
      'MutationObserver',
      class extends Native {
        constructor(callback: MutationCallback) {
          super(callback);
          observers.push(this);
        }
      },
    );
  });
  afterEach(() => {
    observers.splice(0).forEach((observer) => observer.disconnect());
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });
}

/** Lets MutationObserver callbacks and promise chains (script activation) run. */
export const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Parses `html` into the body, as markup the site wrote. */
export function page(html: string): void {
  document.body.innerHTML = html;
}

export const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
};
