/// <reference path="../css.d.ts" />
// The opt-out panel's plain-DOM helpers: it renders without Preact, so a returning visitor who opts out downloads
// the panel alone. focused() and wrapTab() are the plain-DOM twins of what Modal.tsx does for the banner's dialogs.
import css from './optout.css?raw';

export type Child = Node | string;

/** A tiny element builder: attributes, `on*` listeners, children as nodes or text (never parsed as HTML). */
export function h(tag: string, props: Record<string, string | EventListener> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/** The element that has focus, looking inside shadow roots. */
export function focused(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element as HTMLElement | null;
}

/** Native modal dialogs let Tab leave for the browser's own controls; the dialog pattern keeps it inside. */
export function wrapTab(dialog: HTMLElement, event: KeyboardEvent): void {
  const controls = dialog.querySelectorAll<HTMLElement>('a[href],button');
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (event.key == 'Tab' && (event.shiftKey ? active == first || active == dialog : active == last)) {
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  }
}

/** The panel's styles: adopted (strict-CSP safe), else a `<style>` with the page's nonce. */
export function applyStyles(root: ShadowRoot, nonce: string | undefined): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Safari < 16.4: a <style> carrying the page's nonce.
    const style = h('style', nonce ? { nonce } : {}, css);
    root.append(style);
  }
}
