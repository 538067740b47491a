/** The embed's own controls: 44px tall, 2px borders and #222 on white (16:1), a visible 3px focus ring. */
export const BUTTON = 'min-height:44px;padding:0 16px;border:2px solid;border-radius:22px;background:#fff;color:#222;font:600 14px system-ui';
export const FOCUS = ':focus-visible{outline:3px solid #1d4ed8}';

/** Appends a new `<tag>` to `parent` and returns it. */
export const append = <K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K): HTMLElementTagNameMap[K] =>
  parent.appendChild(document.createElement(tag));

/**
 * Gives `element` the site's text `own` where it is a string (in the page's language), else the English default,
 * marked as English so it is read as such on a page in any language (WCAG 3.1.2). Returns `element`.
 */
export function textOr<E extends HTMLElement>(element: E, own: unknown, english: string): E {
  if (typeof own == 'string') element.textContent = own;
  else [element.textContent, element.lang] = [english, 'en'];
  return element;
}

/**
 * A `<div {attribute}>` appended to <body>, with an open shadow root styled by `css`. The sheet is adopted, not
 * inline, so a strict `style-src` allows it; browsers without constructable stylesheets (Safari < 16.4) get
 * plain, still working, controls.
 */
export function shadowHost(attribute: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = append(document.body, 'div');
  host.setAttribute(attribute, '');
  const root = host.attachShadow({ mode: 'open' });
  if (root.adoptedStyleSheets) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  }
  return { host, root };
}
