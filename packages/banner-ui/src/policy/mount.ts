import type { ConsentKit } from '@consentkit/sdk';
import { render } from 'preact';
import { jsx } from 'preact/jsx-runtime';
import { direction, withTexts } from '../language';
import type { BannerTexts } from '../texts';
import { Declaration } from './Declaration';
import { policyTexts, type PolicyTexts } from './texts';

/**
 * How `mountPolicy` renders. Every field is optional.
 *
 * @example
 * mountPolicy(consent, element, { headingLevel: 4, texts: { thisSite: 'Caseloop' }, openPreferences: () => ui.showPreferences() });
 */
export interface PolicyOptions {
  /**
   * Wording overrides for every language: the banner's texts (category labels and descriptions, `alwaysOn`) and
   * the declaration's.
   */
  texts?: Partial<BannerTexts & PolicyTexts>;
  /** Wording per language, as the banner's `translations`. */
  translations?: Record<string, Partial<BannerTexts & PolicyTexts>>;
  /**
   * Language, chosen as the banner's: this, else the page's `<html lang>`, else the browser's; set as `lang` and
   * `dir` on the declaration.
   * @default the page's language
   */
  lang?: string;
  /** Level of the category headings, one below the page's heading of the declaration. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Opens the cookie settings: a "Change cookie settings" button is shown with it. @default none, no button */
  openPreferences?: () => void;
}

/** Controls a mounted declaration. */
export interface PolicyHandle {
  /** Stops following the engine and removes the declaration. */
  destroy(): void;
}

// Wide tables scroll in their own box instead of widening the page (WCAG 1.4.10 reflow). Adopted, so a strict
// style-src allows it; everything else is left to the page's styles, as the declaration is part of its text.
const SCROLL_CSS = '.ck-scroll{overflow-x:auto;max-width:100%}';

function adoptScrollStyle(): void {
  try {
    if ([...document.adoptedStyleSheets].some((sheet) => sheet.cssRules[0]?.cssText.startsWith('.ck-scroll'))) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SCROLL_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets (Safari < 16.4): the table widens the page instead.
  }
}

/**
 * Renders the site's cookie declaration (from `consent.getDisclosure()`) into `element`, replacing what it held
 * (a fallback text), in the page itself so the page's styles apply. Follows the engine: the visitor's current
 * choice per category updates on every change. Never throws: failures are reported with `console.error`.
 *
 * @example
 * import { mountPolicy } from '@consentkit/banner-ui';
 * mountPolicy(consent, document.querySelector('[data-consentkit-policy]')!);
 */
export function mountPolicy(consent: ConsentKit, element: Element, options: PolicyOptions = {}): PolicyHandle {
  try {
    let draw = () => {};
    let destroyed = false;
    withTexts(options, (lang, texts) => {
      if (destroyed) return;
      const strings = policyTexts(texts);
      draw = () =>
        render(
          jsx(Declaration, {
            consent,
            disclosure: consent.getDisclosure(),
            texts,
            policyTexts: strings,
            headingLevel: [2, 3, 4, 5, 6].includes(options.headingLevel!) ? options.headingLevel! : 3,
            openPreferences: options.openPreferences,
          }),
          element,
        );
      element.textContent = '';
      element.setAttribute('lang', lang);
      element.setAttribute('dir', direction(lang));
      adoptScrollStyle();
      draw();
    });
    const off = consent.on('change', () => {
      try {
        draw();
      } catch (error) {
        console.error('[ConsentKit UI]', error);
      }
    });
    return {
      destroy() {
        destroyed = true;
        off();
        render(null, element);
      },
    };
  } catch (error) {
    console.error('[ConsentKit UI]', error);
    return { destroy() {} };
  }
}
