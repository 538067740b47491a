/** Attributes an element is blocked with, and the real ones they become once granted. */
const URL_ATTRIBUTES = ['src', 'srcset', 'href'];

/** Copies `data-src`, `data-srcset` and `data-href` onto `src`, `srcset` and `href`: the element loads. */
export function copyUrls(from: Element, to: Element): void {
  for (const name of URL_ATTRIBUTES) {
    const value = from.getAttribute(`data-${name}`);
    if (value !== null) to.setAttribute(name, value);
  }
}

/**
 * An executable copy of a blocked `<script type="text/plain">`: every attribute but `type` (`data-type` restores
 * one, e.g. `module`), its text, and its nonce, read from the property because browsers hide the attribute once
 * the page has a CSP (HTML "nonce hiding"). A script added by code is async unless told otherwise; one that was
 * not `async` in the markup is made ordered, so it runs in document order with the others (HTML "force async").
 */
export function executable(blocked: HTMLScriptElement): HTMLScriptElement {
  const script = document.createElement('script');
  for (const { name, value } of blocked.attributes) if (name !== 'type') script.setAttribute(name, value);
  const type = blocked.getAttribute('data-type');
  if (type) script.type = type;
  if (blocked.nonce) script.nonce = blocked.nonce;
  copyUrls(blocked, script);
  script.text = blocked.text;
  script.async = blocked.hasAttribute('async');
  return script;
}

/**
 * Runs blocked scripts in the order given, the way the parser would have: consecutive ordered external scripts
 * download in parallel and run in order; an inline script waits until every ordered external script before it
 * has run (or failed), and what follows it waits for it; `async` ones are placed at once and run whenever they
 * arrive. `place` puts the executable copy into the page, or answers false when the script may no longer run
 * (consent withdrawn while it waited its turn): nothing then waits for it.
 */
export function scriptRunner(place: (blocked: HTMLScriptElement, script: HTMLScriptElement) => boolean | void) {
  let chain: Promise<unknown> = Promise.resolve();
  let ordered: Promise<unknown> = chain;
  const report = (error: unknown) => console.error('[ConsentKit] enforcement failed:', error);
  return (blocked: HTMLScriptElement): void => {
    const script = executable(blocked);
    if (script.src && script.async) {
      try {
        place(blocked, script);
      } catch (error) {
        report(error);
      }
      return;
    }
    chain = chain
      .then(() => {
        if (!script.src) return ordered.then(() => place(blocked, script));
        const settled = new Promise((done) => ['load', 'error'].forEach((type) => script.addEventListener(type, done)));
        if (place(blocked, script) !== false) ordered = Promise.all([ordered, settled]);
      })
      .catch(report);
  };
}
