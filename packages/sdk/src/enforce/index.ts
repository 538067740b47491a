import type { ResolvedConfig } from '../config/resolve';
import type { BlockedWidget, ConsentKit, PlaceholderRenderer } from '../types';
import { clearDenied } from './clear';
import { GUARDED, observe } from './observer';
import { copyUrls, scriptRunner } from './scripts';

/** Set by ConsentKit on every guarded element: `blocked` or `loaded`. Style or test against it. */
export const STATE = 'data-consent-state';

/** What the instance exposes of its enforcement. */
export interface Enforcer {
  renderPlaceholders(render: PlaceholderRenderer): () => void;
}

const attempt = (run: () => void): void => {
  try {
    run();
  } catch (error) {
    console.error('[ConsentKit] enforcement failed:', error);
  }
};

/**
 * Makes the answer true in this document, now and on every change (this tab's or another's):
 * - deletes what categories and services without consent declare (cookies, web storage, IndexedDB);
 * - loads granted `data-consent` elements in document order: `<script type="text/plain">` runs (see scripts.ts),
 *   `data-src` / `data-srcset` / `data-href` become real; a MutationObserver catches elements added later;
 * - on withdrawal, puts loaded elements back as they were before loading (an iframe unloads, a widget shows its
 *   placeholder again); a script cannot be unloaded, so with `reloadOnWithdrawal` the page reloads instead;
 * - hands blocked widgets to a placeholder renderer, whose "load once" and "allow" it carries out.
 *
 * `logged` resolves once every event logged so far is queued (the event log's `settled`): a reload waits for it.
 */
export function enforce(
  consent: Pick<ConsentKit, 'getConsent' | 'hasConsent' | 'setConsent' | 'on'>,
  config: ResolvedConfig,
  signal?: AbortSignal,
  logged: () => Promise<unknown> = () => Promise.resolve(),
): Enforcer {
  const { categories, reloadOnWithdrawal } = config;
  /** The id consent is checked for: a declared `category:service`, else the category (undeclared services follow it). */
  const canonical = (id: string): string => {
    const [category = '', service] = id.split(':');
    return categories.find(({ id }) => id === category)?.services.some(({ id }) => id === service) ? id : category;
  };
  const once = new Set<Element>(); // loaded for this page view only ("load once")
  const snapshots = new WeakMap<Element, Element>(); // how a loaded element looked while blocked
  const successors = new WeakMap<Element, Element>(); // what replaced an element (a loaded iframe, a reverted one)
  const placeholders = new Map<Element, () => void>(); // blocked widgets with a placeholder, and its removal
  const ran = new Set<string>(); // canonical ids whose scripts ran on this page
  let render: PlaceholderRenderer | undefined;
  /** Whether `element` may load now: its category or service (`key`) is granted, or the visitor loaded it once. */
  const allowed = (element: Element, key: string) => consent.hasConsent(key) || once.has(element);
  const run = scriptRunner((blocked, script) => {
    const key = canonical(blocked.getAttribute('data-consent')!);
    // A script waits for the ordered ones before it: consent may have been withdrawn (here or in another tab), or
    // the element removed, meanwhile. Then it stays blocked, as a newly granted one would be run again.
    if (!blocked.isConnected || !allowed(blocked, key)) {
      blocked.setAttribute(STATE, 'blocked');
      return false;
    }
    ran.add(key);
    script.setAttribute(STATE, 'loaded');
    blocked.replaceWith(script);
  });

  const unplace = (element: Element) => {
    const remove = placeholders.get(element);
    placeholders.delete(element);
    if (remove) attempt(remove);
  };

  const replace = (element: Element, next: Element) => {
    element.replaceWith(next);
    successors.set(element, next);
    successors.delete(next); // an iframe put back is its own latest self again
    if (once.has(element)) once.add(next);
  };

  const widget = (element: Element, id: string, key: string): BlockedWidget => {
    const [category = '', service] = key.split(':');
    return {
      get element() {
        let current = element;
        while (successors.has(current)) current = successors.get(current)!;
        return current;
      },
      consent: id,
      category,
      service,
      loadOnce() {
        for (const inside of [element, ...element.querySelectorAll(GUARDED)]) {
          if (canonical(inside.getAttribute('data-consent')!).split(':')[0] === category) once.add(inside);
        }
        sweep();
      },
      // The service follows its category unless the visitor turned it off on its own: then it is turned on too.
      allow: (options) =>
        consent.setConsent({ [category]: true, ...(consent.getConsent()?.choices[key] === false && { [key]: true }) }, { method: 'custom', notice: options?.notice }),
    };
  };

  function update(element: Element): void {
    if (!element.isConnected) return;
    const id = element.getAttribute('data-consent')!;
    const key = canonical(id);
    const state = element.getAttribute(STATE);
    const script = element.tagName === 'SCRIPT' && (element as HTMLScriptElement);
    // An executable script already ran (or is our copy of one): never run it again.
    if (script && script.type !== 'text/plain') return;
    if (allowed(element, key)) {
      if (state === 'loaded') return;
      if (script) {
        // The parser may still be adding an inline script's text: wait until it has moved past the element.
        if (!script.src && !script.getAttribute('data-src') && document.readyState === 'loading' && !script.nextSibling) return;
        run(script);
        return script.setAttribute(STATE, 'loaded');
      }
      unplace(element);
      // A frame the parser inserted ignores a `src` set while the page loads (Chromium), and a reload restores
      // its old document over it: a new iframe navigates every time. The blocked one is kept to put back.
      const copy = element.cloneNode(true) as Element;
      const [loaded, blocked] = element.tagName === 'IFRAME' ? [copy, element] : [element, copy];
      copyUrls(loaded, loaded);
      loaded.setAttribute(STATE, 'loaded');
      snapshots.set(loaded, blocked);
      if (loaded !== element) replace(element, loaded);
    } else if (state === 'loaded') {
      const snapshot = snapshots.get(element);
      // Replacing, not just unsetting `src`: it is the one way to unload an iframe and whatever a widget drew.
      if (snapshot) replace(element, snapshot);
    } else {
      if (!state && !categories.some(({ id }) => id === key.split(':')[0])) {
        console.warn(`[ConsentKit] data-consent="${id}" names no category: the element stays blocked.`);
      }
      element.setAttribute(STATE, 'blocked');
      const [category] = key.split(':');
      const isWidget = element.hasAttribute('data-placeholder') || (category === 'social' && !/^(SCRIPT|LINK)$/.test(element.tagName));
      let parent = element.parentElement;
      while (parent && !placeholders.has(parent)) parent = parent.parentElement;
      if (render && isWidget && !parent && !placeholders.has(element)) {
        const show = render;
        attempt(() => placeholders.set(element, show(widget(element, id, key)) || (() => {})));
      }
    }
  }

  function sweep(): void {
    for (const element of placeholders.keys()) if (!element.isConnected) unplace(element);
    // In document order: that is the order scripts must run in.
    document.querySelectorAll(GUARDED).forEach((element) => attempt(() => update(element)));
  }

  const clear = () => attempt(() => clearDenied(consent.hasConsent, categories, config.cookie.name));

  const stop = consent.on('change', ({ changed }) => {
    for (const element of once) if (!element.isConnected || changed.includes(canonical(element.getAttribute('data-consent')!))) once.delete(element);
    clear();
    sweep();
    const withdrawn = changed.filter((id) => ran.has(id) && !consent.hasConsent(id));
    const reloadFor = (id: string) => reloadOnWithdrawal === true || (reloadOnWithdrawal || []).some((name) => name === id || name === id.split(':')[0]);
    // A withdrawal is logged after its listeners (this one) have run, once the text the visitor read is hashed (a
    // few ms): the page reloads when every event so far is queued, so none loses the hash of what was read.
    if (withdrawn.some(reloadFor)) Promise.resolve().then(logged).then(() => location.reload());
  });
  clear();
  sweep();
  observe(sweep, () => placeholders.size > 0, signal);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', sweep, { signal });
  // Destroyed: nothing more is enforced. What was loaded stays, as what is blocked stays blocked; the placeholders
  // go, as the instance's own UI: a new instance draws its own (there were two per widget), and none offers to load
  // a widget nobody enforces any more.
  signal?.addEventListener('abort', () => {
    stop();
    render = undefined;
    for (const element of [...placeholders.keys()]) unplace(element);
  });

  return {
    renderPlaceholders(next) {
      for (const element of [...placeholders.keys()]) unplace(element);
      render = next;
      sweep();
      return () => {
        if (render !== next) return;
        render = undefined;
        for (const element of [...placeholders.keys()]) unplace(element);
      };
    },
  };
}
