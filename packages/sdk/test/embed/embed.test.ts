import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmbedApi } from '../../src/embed/types';

const api = () => window.ConsentKit as EmbedApi;
const uiScripts = () => [...document.querySelectorAll('script')].filter((s) => s.src.includes('consentkit-ui.js'));

async function startEmbed() {
  vi.resetModules();
  await import('../../src/embed/index');
}

beforeEach(() => {
  delete window.ConsentKit;
  delete window.ConsentKitConfig;
  delete window.ConsentKitUI;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.cookie = 'ck_consent=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});
afterEach(() => vi.restoreAllMocks());

describe('the script-tag embed', () => {
  it('exposes the instance and starts loading the UI at once on a first visit', async () => {
    await startEmbed();
    expect(typeof api().acceptAll).toBe('function');
    expect(uiScripts()).toHaveLength(1);
  });

  it('does not load the UI for a returning visitor with a valid choice', async () => {
    await startEmbed();
    api().rejectAll();
    delete window.ConsentKit;
    document.head.innerHTML = '';
    await startEmbed();
    expect(api().needsConsent()).toBe(false);
    expect(uiScripts()).toHaveLength(0);
  });

  it('replays calls queued before it loaded, in order, and keeps push working', async () => {
    const seen: string[] = [];
    window.ConsentKit = [
      ['on', 'change', () => seen.push('change')],
      (ck: EmbedApi) => seen.push(`fn:${ck.needsConsent()}`),
      ['acceptAll'],
      ['noSuchMethod'],
    ];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await startEmbed();
    expect(seen).toEqual(['fn:true', 'change']);
    expect(api().hasConsent('analytics')).toBe(true);
    expect(error).toHaveBeenCalledTimes(1); // the unknown method, reported, not thrown
    api().push(['rejectAll']);
    expect(api().hasConsent('analytics')).toBe(false);
  });

  it('keeps the first instance when loaded twice', async () => {
    await startEmbed();
    const first = api();
    await startEmbed();
    expect(api()).toBe(first);
  });

  it('reports a UI that fails to load and stays safe', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await startEmbed();
    uiScripts()[0]!.dispatchEvent(new Event('error'));
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(expect.stringContaining('could not load the consent banner')));
    expect(api().hasConsent('advertising')).toBe(false);
  });

  it('adds a floating reopen button only when the page has no data-consentkit-open element', async () => {
    await startEmbed();
    const host = document.querySelector('[data-consentkit-reopen]') as HTMLElement;
    expect(host.hidden).toBe(true); // no choice yet: the banner is the way in
    api().rejectAll();
    expect(host.hidden).toBe(false);
    expect(host.shadowRoot?.querySelector('button')?.textContent).toBe('Privacy settings');
  });

  it('dispatches consentkit:ready', async () => {
    const ready = vi.fn();
    window.addEventListener('consentkit:ready', ready, { once: true });
    await startEmbed();
    expect(ready).toHaveBeenCalledTimes(1);
  });
});
