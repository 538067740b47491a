/// <reference path="../css.d.ts" />
// The opt-out panel's plain-DOM helpers: it renders without Preact, so a returning visitor who opts out downloads
// the panel alone.
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
