// The dialogs' chunk as a visitor meets it: not loaded with the banner, loaded on intent or on Settings, and a
// failure that leaves the banner usable. Each test imports the UI afresh, so the chunk starts unloaded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeConsentKit, removeHosts, stubDialog, unstubDialog } from './helpers';

beforeEach(() => {
  stubDialog();
  vi.resetModules();
});
afterEach(() => {
  vi.doUnmock('../src/dialogs');
  removeHosts();
  unstubDialog();
});

/** Mounts a fresh copy of the UI; `lazy` is that copy's loader, to see whether the chunk is there. */
async function freshUi(options: Record<string, unknown> = {}, consent = new FakeConsentKit()) {
  const { mountBanner } = await import('../src/mount');
  const lazy = await import('../src/lazy-dialogs');
  const handle = mountBanner(consent, options);
  const shadow = document.querySelector('[data-consentkit-ui]')!.shadowRoot!;
  const button = (text: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === text)!;
  return { handle, shadow, lazy, button, dialog: () => shadow.querySelector('dialog') };
}

describe('the dialogs chunk', () => {
  it('is not loaded with the banner, and Settings opens the dialog once it is', async () => {
    const ui = await freshUi();
    expect(ui.shadow.querySelector('[role="region"]')).not.toBeNull();
    expect(ui.lazy.loadedDialogs()).toBeUndefined();
    ui.button('Settings').click();
    await vi.waitFor(() => expect(ui.dialog()?.open).toBe(true));
    expect(ui.dialog()!.contains(ui.shadow.activeElement)).toBe(true);
    expect(ui.shadow.querySelector('[role="switch"]')).not.toBeNull();
  });

  it.each(['pointerenter', 'focus'])('starts loading on %s of Settings, before any click', async (type) => {
    const ui = await freshUi();
    ui.button('Settings').dispatchEvent(new Event(type));
    await vi.waitFor(() => expect(ui.lazy.loadedDialogs()).toBeDefined());
    expect(ui.dialog()).toBeNull();
  });

  it('does not open when a choice or close() came while it was loading', async () => {
    const ui = await freshUi();
    ui.handle.showPreferences();
    ui.handle.close();
    await ui.lazy.loadDialogs();
    await new Promise((resolve) => setTimeout(resolve));
    expect(ui.dialog()).toBeNull();
  });

  it('that fails to load leaves the banner, says so, and is tried again on the next click', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.doMock('../src/dialogs', () => {
      throw new Error('offline');
    });
    const ui = await freshUi();
    ui.button('Settings').click();
    const status = ui.shadow.querySelector('[role="status"]')!;
    await vi.waitFor(() => expect(status.textContent).toBe('Settings could not be loaded. Please try again.'));
    expect(ui.dialog()).toBeNull();
    // Said in the banner too, for who does not hear the live region.
    expect(ui.shadow.querySelector('[role="region"]')?.textContent).toContain('Settings could not be loaded. Please try again.');
    expect(String(error.mock.calls[0]?.[0])).toContain('could not load the preferences dialog');

    vi.doUnmock('../src/dialogs');
    ui.button('Settings').click();
    await vi.waitFor(() => expect(ui.dialog()?.open).toBe(true));
    expect(status.textContent).toBe('');
  });
});

describe('the dialogs failing to load for a returning visitor', () => {
  it('shows the banner with the message, so Accept all and Reject all still change the choice', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.doMock('../src/dialogs', () => {
      throw new Error('offline');
    });
    const consent = new FakeConsentKit().withStoredChoice({ analytics: true });
    const ui = await freshUi({}, consent);
    expect(ui.shadow.querySelector('[role="region"]')).toBeNull();
    ui.handle.showPreferences();
    await vi.waitFor(() => expect(ui.shadow.querySelector('[role="region"]')?.textContent).toContain('Settings could not be loaded.'));
    ui.button('Reject all').click();
    expect(consent.calls.map(({ method }) => method)).toEqual(['rejectAll']);
    vi.doUnmock('../src/dialogs');
  });

  it("says so in the opt-out jurisdiction's notice too", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.doMock('../src/dialogs', () => {
      throw new Error('offline');
    });
    const ui = await freshUi({}, new FakeConsentKit().optOut());
    await vi.waitFor(() => expect(ui.button('Settings')).toBeDefined());
    ui.button('Settings').click();
    await vi.waitFor(() => expect(ui.shadow.querySelector('[role="region"]')?.textContent).toContain('Settings could not be loaded.'));
    expect(ui.button('OK')).toBeDefined(); // the notice, not the opt-in banner
    vi.doUnmock('../src/dialogs');
  });
});

describe('the modal layout', () => {
  it('shows its first layer as a modal dialog once the chunk has loaded', async () => {
    const ui = await freshUi({ layout: 'modal' });
    await vi.waitFor(() => expect(ui.dialog()?.open).toBe(true));
    expect(ui.dialog()!.getAttribute('aria-labelledby')).toBe('ck-banner');
    expect(ui.shadow.querySelector('[role="region"]')).toBeNull();
  });

  it('falls back to the bar when the chunk cannot load: the question is still asked', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.doMock('../src/dialogs', () => {
      throw new Error('offline');
    });
    const ui = await freshUi({ layout: 'modal' });
    await vi.waitFor(() => expect(ui.shadow.querySelector('[role="region"]')).not.toBeNull());
    expect(ui.button('Reject all')).toBeDefined();
    expect(ui.dialog()).toBeNull();
  });
});
