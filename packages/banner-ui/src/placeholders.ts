/// <reference path="./css.d.ts" />
import type { BlockedWidget, ConsentKit } from '@consentkit/sdk';
import css from './placeholder.css?raw';
import { defaultPlaceholderTexts, fill, type PlaceholderTexts } from './placeholder-texts';
import { direction } from './language';
import { surfaceLanguage, withPack } from './surface-language';

/** The shipped translations, a module each: a visitor downloads only the one they read. English is built in. */
export const PLACEHOLDER_PACKS: Readonly<Record<string, () => Promise<{ default: PlaceholderTexts }>>> = {
  ar: () => import('./lang/placeholder-ar'),
  de: () => import('./lang/placeholder-de'),
  es: () => import('./lang/placeholder-es'),
  fr: () => import('./lang/placeholder-fr'),
};

/**
 * How placeholders render. Every field is optional.
 *
 * @example
 * mountPlaceholders(consent, { lang: 'de', texts: { loadOnce: 'Einmal laden', allow: '{category} erlauben' } });
 */
export interface PlaceholderOptions {
  /** Wording overrides, merged over the shipped texts of the language chosen. @default the shipped texts */
  texts?: Partial<PlaceholderTexts>;
  /**
   * Language of `texts`, set as `lang` on each placeholder. It is also the first choice of shipped texts (`ar`,
   * `de`, `es`, `fr`, English built in), then the page's `<html lang>`, then the browser's languages, as the
   * banner chooses; each text not the site's says which language it is in, and its direction.
   * @default inherited from the page
   */
  lang?: string;
  /**
   * The banner's `translations`, when the site gives it some: their languages are the site's own, chosen as the
   * banner chooses them, with English under the site's `texts`. Only the keys are read.
   * @example mountPlaceholders(consent, { translations: { it: {} }, texts: { loadOnce: 'Carica una volta' } })
   */
  translations?: Readonly<Record<string, unknown>>;
}

/** Where a keyboard user lands after loading: the widget itself, as the pressed button is gone (WCAG 2.4.3). */
function focusWidget(element: Element): void {
  if (!element.isConnected) return;
  if (!element.matches('iframe,a[href],button,input,select,textarea,[tabindex]')) element.setAttribute('tabindex', '-1');
  (element as HTMLElement).focus();
}

const create = <K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const element = parent.appendChild(document.createElement(tag));
  if (text !== undefined) element.textContent = text;
  return element;
};

/**
 * Renders a click-to-load placeholder for one blocked widget, in an open shadow root on a
 * `<div data-consentkit-placeholder>` just before the widget, which it hides meanwhile. Returns what removes it;
 * the engine calls that when the widget loads. Plain DOM, no Preact: a returning visitor on a page with widgets
 * downloads about 2 KB for it. Styles are adopted (strict-CSP safe); browsers without constructable stylesheets
 * (Safari < 16.4) get a plain, still working, placeholder. Never throws.
 *
 * The provider is the element's `data-provider`, else the service's label, else the category's. The heading is
 * the element's `title` or `aria-label` (an iframe needs one anyway), else "Content from {provider}". Texts are
 * rendered as text, never as HTML. In a language other than English the placeholder shows once its texts have
 * loaded (a small file, shared by every placeholder on the page); the widget stays blocked meanwhile.
 */
export function renderPlaceholder(consent: ConsentKit, widget: BlockedWidget, options: PlaceholderOptions = {}): () => void {
  let remove: (() => void) | undefined;
  let removed = false;
  try {
    withPack(surfaceLanguage(options, PLACEHOLDER_PACKS), PLACEHOLDER_PACKS, (lang, pack) => {
      if (!removed) remove = draw(consent, widget, options, lang, pack);
    });
  } catch (error) {
    console.error('[ConsentKit UI] could not render a placeholder:', error);
  }
  return () => {
    removed = true;
    remove?.();
  };
}

function draw(consent: ConsentKit, widget: BlockedWidget, options: PlaceholderOptions, lang: string, pack?: PlaceholderTexts): () => void {
  try {
    const { element, category, service } = widget;
    const overrides = options.texts ?? {};
    const texts: PlaceholderTexts = {
      ...defaultPlaceholderTexts,
      ...pack,
      ...overrides,
      categories: { ...defaultPlaceholderTexts.categories, ...pack?.categories, ...overrides.categories },
    };
    const info = consent.getCategories().find(({ id }) => id === category);
    const source = info?.services.find(({ id }) => id === service) ?? info;
    const provider = element.getAttribute('data-provider') || source?.label || info?.label || category;
    const cookies = (source?.cookies ?? []).map(({ name }) => name).join(', ');

    const host = document.createElement('div');
    host.setAttribute('data-consentkit-placeholder', '');
    // The site's language, as it says: the host runs its way.
    if (options.lang) (host.lang = options.lang), (host.dir = direction(options.lang));
    // A text the site did not give is the shipped one, and says which language it is in (WCAG 3.1.2), and which
    // way it runs: English on a Hebrew page keeps its full stop at the end. The site's own words (its texts, the
    // element's title) are in the page's language, and run its way.
    const shipped = <E extends HTMLElement>(element: E, key: keyof PlaceholderTexts): E => {
      if (!(key in overrides)) (element.lang = lang), (element.dir = direction(lang));
      return element;
    };
    const root = host.attachShadow({ mode: 'open' });
    if (root.adoptedStyleSheets) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    }
    // A labelled group, not a landmark: a page may have many.
    const group = create(root, 'div');
    group.className = 'ck-ph';
    group.setAttribute('role', 'group');
    const heading = element.getAttribute('title') || element.getAttribute('aria-label');
    const title = heading ? create(group, 'p', heading) : shipped(create(group, 'p', fill(texts.title, { provider })), 'title');
    // The element's own title is in the page's language, which the configured `lang` need not be.
    const pageLang = document.documentElement.lang;
    if (heading && options.lang && pageLang != options.lang) (title.lang = pageLang), (title.dir = 'auto');
    title.className = 'ck-title';
    title.id = 'title';
    group.setAttribute('aria-labelledby', title.id);
    shipped(create(group, 'p', fill(texts.body, { provider })), 'body');
    if (cookies) shipped(create(group, 'p', fill(texts.cookies, { cookies })), 'cookies');
    const actions = create(group, 'div');
    actions.className = 'ck-actions';
    // Two equal buttons: loading once is as easy as allowing for good.
    const label = texts.categories[category] ?? info?.label ?? category;
    for (const [text, action, key] of [
      [texts.loadOnce, widget.loadOnce, 'loadOnce'],
      [fill(texts.allow, { category: label }), widget.allow, 'allow'],
    ] as const) {
      // A space between the buttons: without the stylesheet (no constructable stylesheets) they are inline, and the
      // text an Allow is logged with must still read "Load once Allow …". In the flex row it renders as nothing.
      actions.append(' ');
      const button = shipped(create(actions, 'button', text), key);
      button.type = 'button';
      button.onclick = () => {
        // Allowing is logged with the placeholder's text as read, as the banner's choices are.
        action({ notice: group.innerText });
        focusWidget(widget.element); // read again: a loaded iframe is a new element
      };
    }

    const hidden = (element as HTMLElement).hidden;
    element.before(host);
    (element as HTMLElement).hidden = true;
    return () => {
      if (!host.isConnected) return;
      host.remove();
      (element as HTMLElement).hidden = hidden;
    };
  } catch (error) {
    console.error('[ConsentKit UI] could not render a placeholder:', error);
    return () => {};
  }
}

/**
 * Renders click-to-load placeholders for every blocked widget on the page, now and as more appear, until the
 * returned function is called. For the npm path; the script tag does the same by itself, loading this code only
 * when a page has a blocked widget. Never throws.
 *
 * @example
 * import { createConsent } from '@consentkit/sdk';
 * import { mountBanner, mountPlaceholders } from '@consentkit/banner-ui';
 * const consent = createConsent(config);
 * mountBanner(consent);
 * mountPlaceholders(consent);
 */
export function mountPlaceholders(consent: ConsentKit, options: PlaceholderOptions = {}): () => void {
  try {
    return consent.renderPlaceholders((widget) => renderPlaceholder(consent, widget, options));
  } catch (error) {
    // Never throws into the host page (no engine passed, say): the widgets simply stay blocked.
    console.error('[ConsentKit UI] could not render placeholders:', error);
    return () => {};
  }
}
