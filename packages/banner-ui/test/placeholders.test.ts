import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPlaceholderTexts, mountPlaceholders, renderPlaceholder } from '../src/index';
import { PLACEHOLDER_PACKS } from '../src/placeholders';
import css from '../src/placeholder.css?raw';
import { builtInCategories, FakeConsentKit, fakeWidget, stubAdoptedStyleSheets, unstubAdoptedStyleSheets } from './helpers';

const consent = () =>
  new FakeConsentKit(
    builtInCategories().map((category) =>
      category.id === 'social'
        ? {
            ...category,
            cookies: [{ name: 'social_generic' }],
            services: [{ id: 'chirp', label: 'Chirp', cookies: [{ name: 'chirp_id', thirdParty: true }, { name: 'chirp_*' }], storage: [], indexedDB: [] }],
          }
        : category,
    ),
  );

const iframe = (attributes: Record<string, string> = {}) => {
  const element = document.body.appendChild(document.createElement('iframe'));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
};
const hostOf = (element: Element) => element.previousElementSibling as HTMLElement;
const shadow = (element: Element) => hostOf(element).shadowRoot!;
const texts = (element: Element) => [...shadow(element).querySelectorAll('p')].map((p) => p.textContent);
const button = (element: Element, name: string) => [...shadow(element).querySelectorAll('button')].find((b) => b.textContent === name)!;

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.title = 'Test page';
});
afterEach(() => {
  document.body.innerHTML = '';
  unstubAdoptedStyleSheets();
});

describe('renderPlaceholder', () => {
  it('says who the widget is from, what loading sends, and which cookies it may set, just before the hidden widget', () => {
    const element = iframe({ title: 'Like this page on Chirp' });
    renderPlaceholder(consent(), fakeWidget(element, 'social:chirp'));
    expect(hostOf(element).hasAttribute('data-consentkit-placeholder')).toBe(true);
    expect(hostOf(element).shadowRoot?.mode).toBe('open');
    expect(element.hidden).toBe(true);
    expect(texts(element)).toEqual([
      'Like this page on Chirp',
      'Loading it sends your IP address and the address of this page to Chirp, which may set cookies.',
      'Cookies it may set: chirp_id, chirp_*.',
    ]);
    expect([...shadow(element).querySelectorAll('button')].map((b) => [b.textContent, b.type])).toEqual([
      ['Load once', 'button'],
      ['Allow social media', 'button'],
    ]);
    const group = shadow(element).querySelector('[role="group"]')!;
    expect(shadow(element).getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toBe('Like this page on Chirp');
  });

  it('takes the provider from data-provider first, and the category when there is no service', () => {
    const element = iframe({ 'data-provider': 'Chirp Inc.' });
    renderPlaceholder(consent(), fakeWidget(element, 'social'));
    expect(texts(element)).toEqual([
      'Content from Chirp Inc.',
      'Loading it sends your IP address and the address of this page to Chirp Inc., which may set cookies.',
      'Cookies it may set: social_generic.',
    ]);
  });

  it('falls back to the category label or id for a custom category, and leaves out an empty cookie line', () => {
    const fake = new FakeConsentKit([...builtInCategories(), { id: 'video', label: 'Videos', required: false, builtIn: false, services: [], cookies: [], storage: [], indexedDB: [] }]);
    const element = iframe();
    renderPlaceholder(fake, fakeWidget(element, 'video'));
    expect(texts(element)).toEqual(['Content from Videos', expect.stringContaining('to Videos,')]);
    expect(button(element, 'Allow Videos')).toBeDefined();
  });

  it('renders config text as text, never as HTML', () => {
    const element = iframe({ 'data-provider': '<img src=x onerror=alert(1)>' });
    renderPlaceholder(consent(), fakeWidget(element, 'social'));
    expect(shadow(element).querySelector('img')).toBeNull();
    expect(texts(element)[0]).toBe('Content from <img src=x onerror=alert(1)>');
  });

  it('buttons load once or allow, then focus the widget', () => {
    const element = iframe({ title: 'Like' });
    const widget = fakeWidget(element, 'social:chirp');
    renderPlaceholder(consent(), widget);
    button(element, 'Load once').click();
    expect(widget.calls).toEqual(['loadOnce']);
    expect(document.activeElement).toBe(element);
    const placeholder = button(element, 'Allow social media').closest('[role="group"]')!;
    const shown = placeholder.textContent;
    expect(shown).toMatch(/^Like.*IP address.* Load once Allow social media$/);
    button(element, 'Allow social media').click();
    expect(widget.calls).toEqual(['loadOnce', 'allow']);
    // Allowing is logged with the placeholder's text as read.
    expect(widget.notices).toEqual([shown]);

    const figure = document.body.appendChild(document.createElement('figure'));
    renderPlaceholder(consent(), fakeWidget(figure));
    button(figure, 'Load once').click();
    expect(figure.getAttribute('tabindex')).toBe('-1'); // focusable from script only, not a new tab stop
    expect(document.activeElement).toBe(figure);
  });

  it('its removal takes the placeholder away and restores the widget as it was', () => {
    const element = iframe();
    const remove = renderPlaceholder(consent(), fakeWidget(element));
    remove();
    remove();
    expect(element.previousElementSibling).toBeNull();
    expect(element.hidden).toBe(false);
    const hidden = iframe();
    hidden.hidden = true;
    renderPlaceholder(consent(), fakeWidget(hidden))();
    expect(hidden.hidden).toBe(true);
  });

  it('takes translations and a language', () => {
    const element = iframe();
    // Italian is not shipped: the site's words over the English defaults, drawn at once.
    renderPlaceholder(consent(), fakeWidget(element), { lang: 'it', texts: { loadOnce: 'Carica una volta', allow: 'Consenti {category}', categories: { social: 'i social' } } });
    expect(hostOf(element).lang).toBe('it');
    expect([...shadow(element).querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Carica una volta', 'Consenti i social']);
    expect(defaultPlaceholderTexts.loadOnce).toBe('Load once');
  });

  it("marks each English default as English on a page in another language; the site's words keep the page's", () => {
    document.documentElement.lang = 'it';
    const element = iframe(); // titled by the site, in Italian
    element.title = 'Mappa del nostro ufficio';
    renderPlaceholder(consent(), fakeWidget(element), { lang: 'it', texts: { loadOnce: 'Carica una volta' } });
    expect(hostOf(element).lang).toBe('it');
    const langs = [...shadow(element).querySelectorAll('p, button')].map((node) => `${node.textContent}:${(node as HTMLElement).lang}`);
    expect(langs[0]).toBe('Mappa del nostro ufficio:');
    expect(langs).toContain('Carica una volta:');
    expect(langs.filter((entry) => entry.endsWith(':en')).length).toBeGreaterThanOrEqual(2); // the body and "Allow"
  });

  describe('in a shipped language', () => {
    const drawn = (element: Element) => vi.waitFor(() => expect(hostOf(element)?.shadowRoot).toBeTruthy());

    it("speaks the page's language, each shipped text marked as such, the site's words kept", async () => {
      document.documentElement.lang = 'fr-CA';
      const element = iframe({ 'data-provider': 'Chirp' });
      renderPlaceholder(consent(), fakeWidget(element, 'social:chirp'), { texts: { loadOnce: 'Voir une fois' } });
      // Blocked meanwhile: nothing drawn before the French texts are there, no English flash.
      expect(hostOf(element)).toBeNull();
      await drawn(element);
      expect(texts(element)).toEqual([
        'Contenu de Chirp',
        'Le charger envoie votre adresse IP et l’adresse de cette page à Chirp, qui peut déposer des cookies.',
        'Cookies qu’il peut déposer\u00a0: chirp_id, chirp_*.',
      ]);
      const buttons = [...shadow(element).querySelectorAll('button')].map((b) => `${b.textContent}:${b.lang}`);
      expect(buttons).toEqual(['Voir une fois:', 'Autoriser les réseaux sociaux:fr']);
      expect([...shadow(element).querySelectorAll('p')].map((p) => p.lang)).toEqual(['fr', 'fr', 'fr']);
      expect(hostOf(element).hasAttribute('lang')).toBe(false); // the page's
    });

    it("takes the configured language first, and runs Arabic right to left; the element's title keeps the page's", async () => {
      const element = iframe({ title: 'Like Caseloop on Chirp' });
      renderPlaceholder(consent(), fakeWidget(element), { lang: 'ar' });
      await drawn(element);
      expect(hostOf(element).dir).toBe('rtl');
      const heading = shadow(element).querySelector('p')!;
      expect([heading.textContent, heading.lang, heading.dir]).toEqual(['Like Caseloop on Chirp', 'en', 'auto']);
      expect([button(element, 'تحميل مرة واحدة').lang, button(element, 'تحميل مرة واحدة').dir]).toEqual(['ar', 'rtl']);
    });

    it("runs English texts left to right on a right-to-left page, the site's words its way", () => {
      document.documentElement.lang = 'he';
      document.documentElement.dir = 'rtl';
      try {
        const element = iframe({ title: 'מפה' });
        renderPlaceholder(consent(), fakeWidget(element, 'social:chirp'));
        const paragraphs = [...shadow(element).querySelectorAll('p')].map((p) => `${p.lang}:${p.dir}`);
        expect(paragraphs).toEqual([':', 'en:ltr', 'en:ltr']); // the title is the site's
        expect(hostOf(element).hasAttribute('dir')).toBe(false);
      } finally {
        document.documentElement.removeAttribute('dir');
      }
    });

    it("takes the site's own languages (the banner's translations) before a shipped one further down", () => {
      document.documentElement.lang = 'it';
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
      const element = iframe();
      // Drawn at once: Italian is the site's, over English; nothing to load.
      renderPlaceholder(consent(), fakeWidget(element), { translations: { it: {} }, texts: { loadOnce: 'Carica una volta' } });
      expect(button(element, 'Carica una volta').lang).toBe('');
      expect(button(element, 'Allow social media').lang).toBe('en');
      vi.restoreAllMocks();
    });

    it('is not drawn when removed before its texts arrive', async () => {
      document.documentElement.lang = 'de';
      const element = iframe();
      const remove = renderPlaceholder(consent(), fakeWidget(element));
      remove();
      const other = iframe();
      renderPlaceholder(consent(), fakeWidget(other));
      await drawn(other); // the same pack: by now the first would have been drawn
      expect(element.previousElementSibling).toBeNull();
      expect(element.hidden).toBe(false);
    });

    it('falls back to English, reported, when its texts cannot load', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const packs = PLACEHOLDER_PACKS as Record<string, () => Promise<never>>;
      const es = packs['es']!;
      packs['es'] = () => Promise.reject(new Error('offline'));
      try {
        document.documentElement.lang = 'es';
        const element = iframe();
        renderPlaceholder(consent(), fakeWidget(element));
        await drawn(element);
        expect(button(element, 'Load once').lang).toBe('en');
        expect(error).toHaveBeenCalledWith(expect.stringContaining('"es"'), expect.any(Error));
      } finally {
        packs['es'] = es;
        error.mockRestore();
      }
    });
  });

  it('adopts its stylesheet where it can (strict-CSP safe), and still works where it cannot', () => {
    stubAdoptedStyleSheets();
    const element = iframe();
    renderPlaceholder(consent(), fakeWidget(element));
    const sheets = shadow(element).adoptedStyleSheets;
    expect(sheets).toHaveLength(1);
    expect([...sheets[0]!.cssRules].map((rule) => rule.cssText).join('')).toContain('min-height: 44px');
    expect(css).toContain('--ck-accent');
    expect(shadow(element).querySelector('style')).toBeNull();
  });

  it('never throws: when it cannot render, it reports and shows nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = consent();
    broken.getCategories = () => {
      throw new Error('engine gone');
    };
    const element = iframe();
    expect(() => renderPlaceholder(broken, fakeWidget(element))()).not.toThrow();
    expect(error).toHaveBeenCalled();
    expect(element.previousElementSibling).toBeNull();
    expect(element.hidden).toBe(false);
  });

  it('has no accessibility violations (axe-core)', async () => {
    const main = document.body.appendChild(document.createElement('main'));
    const element = main.appendChild(document.createElement('iframe'));
    element.title = 'Like this page on Chirp';
    renderPlaceholder(consent(), fakeWidget(element, 'social:chirp'));
    const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('mountPlaceholders', () => {
  it('registers a renderer with the engine and returns what stops it', () => {
    const fake = consent();
    const stop = mountPlaceholders(fake, { texts: { loadOnce: 'Once' } });
    const element = iframe();
    fake.renderer!(fakeWidget(element));
    expect(button(element, 'Once')).toBeDefined();
    stop();
    expect(fake.renderer).toBeUndefined();
  });

  it('never throws into the page: without an engine it reports on the console and returns a no-op', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stop = mountPlaceholders(undefined as never);
    expect(() => stop()).not.toThrow();
    expect(error).toHaveBeenCalledWith('[ConsentKit UI] could not render placeholders:', expect.any(TypeError));
    error.mockRestore();
  });
});
