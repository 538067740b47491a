import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmbedApi, PlaceholderModule } from '../../src/embed/types';
import type { BlockedWidget, ConsentKit } from '../../src/types';

// The embed's network effects: tests decide what each import resolves to.
const loadModule = vi.hoisted(() => vi.fn<(src: string, what: string) => Promise<unknown>>());
vi.mock('../../src/embed/load-ui', () => ({ loadModule, loadUi: (src: string) => loadModule(src, 'the consent banner') }));

const { lazyPlaceholders } = await import('../../src/embed/placeholders');
const { isolateDocument } = await import('../enforce/helpers');
isolateDocument();

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const widget = (id: string) => ({ element: Object.assign(document.createElement('div'), { id }) }) as unknown as BlockedWidget;

beforeEach(() => {
  loadModule.mockReset();
  delete window.ConsentKit;
  delete window.ConsentKitConfig;
  document.body.innerHTML = '';
  document.cookie = 'ck_consent=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('lazyPlaceholders', () => {
  it('imports the placeholder UI once, on the first widget, and renders each with the options', async () => {
    const remove = vi.fn();
    const renderPlaceholder = vi.fn<PlaceholderModule['renderPlaceholder']>(() => remove);
    loadModule.mockResolvedValue({ renderPlaceholder });
    const consent = {} as ConsentKit;
    const render = lazyPlaceholders(consent, '/ck/consentkit-placeholder.js', { lang: 'de' });
    expect(loadModule).not.toHaveBeenCalled();
    const first = render(widget('a'))!;
    render(widget('b'));
    await flush();
    expect(loadModule).toHaveBeenCalledTimes(1);
    expect(loadModule).toHaveBeenCalledWith('/ck/consentkit-placeholder.js', 'the widget placeholders');
    expect(renderPlaceholder.mock.calls.map(([, w, options]) => [w.element.id, options])).toEqual([['a', { lang: 'de' }], ['b', { lang: 'de' }]]);
    first();
    expect(remove).toHaveBeenCalledTimes(1);
  });

  it('renders nothing for a widget that loaded before the UI arrived, and nothing when the UI cannot load', async () => {
    const renderPlaceholder = vi.fn(() => () => {});
    loadModule.mockResolvedValue({ renderPlaceholder });
    const render = lazyPlaceholders({} as ConsentKit, '/p.js', {});
    render(widget('gone'))!();
    await flush();
    expect(renderPlaceholder).not.toHaveBeenCalled();

    loadModule.mockResolvedValue(null);
    const failing = lazyPlaceholders({} as ConsentKit, '/p.js', {});
    expect(() => failing(widget('x'))!()).not.toThrow();
  });
});

describe('the embed', () => {
  const start = async () => {
    vi.resetModules();
    await import('../../src/embed/index');
    return window.ConsentKit as EmbedApi;
  };

  it('imports consentkit-placeholder.js, next to the UI, only when the page has a blocked widget', async () => {
    const renderPlaceholder = vi.fn(() => () => {});
    loadModule.mockImplementation(async (src) => (src.endsWith('consentkit-placeholder.js') ? { renderPlaceholder } : null));
    window.ConsentKitConfig = { uiSrc: 'https://cdn.example/ck/consentkit-ui.js', ui: { lang: 'fr', placeholder: { texts: { loadOnce: 'Charger' } } } };
    const api = await start();
    api.rejectAll();
    await flush();
    expect(loadModule.mock.calls.map(([src]) => src)).toEqual(['https://cdn.example/ck/consentkit-ui.js']);

    document.body.innerHTML = '<iframe data-consent="social" data-src="https://chirp.example/like" title="Like"></iframe>';
    await flush();
    expect(loadModule).toHaveBeenLastCalledWith('https://cdn.example/ck/consentkit-placeholder.js', 'the widget placeholders');
    expect(renderPlaceholder).toHaveBeenCalledWith(expect.objectContaining({ hasConsent: expect.any(Function), jurisdiction: api.jurisdiction }), expect.objectContaining({ category: 'social' }), { lang: 'fr', texts: { loadOnce: 'Charger' } });
  });
});
