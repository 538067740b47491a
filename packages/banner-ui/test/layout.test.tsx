// Theme and layout options, the modal first layer, and the room the page keeps for a non-modal banner.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeConsentKit, labelOf, mount, removeHosts, stubDialog, unstubDialog } from './helpers';

let dialogs: ReturnType<typeof stubDialog>;
beforeEach(() => {
  dialogs = stubDialog();
});
afterEach(() => {
  removeHosts();
  unstubDialog();
  document.documentElement.removeAttribute('style');
});

describe('theme and layout', () => {
  it('sets data-theme and data-layout on the host for the stylesheet', () => {
    const ui = mount(new FakeConsentKit(), { theme: 'dark', layout: 'box' });
    expect(ui.host.getAttribute('data-theme')).toBe('dark');
    expect(ui.host.getAttribute('data-layout')).toBe('box');
  });

  it('leaves the theme to prefers-color-scheme and the layout to the bar by default', () => {
    const ui = mount(new FakeConsentKit());
    expect(ui.host.hasAttribute('data-theme')).toBe(false);
    expect(ui.host.hasAttribute('data-layout')).toBe(false);
    expect(ui.banner()?.getAttribute('role')).toBe('region');
  });

  it('ignores values that are not strings (options may come from a script tag)', () => {
    const ui = mount(new FakeConsentKit(), { theme: { dark: true }, layout: 3 } as never);
    expect(ui.host.hasAttribute('data-theme')).toBe(false);
    expect(ui.host.hasAttribute('data-layout')).toBe(false);
  });

  it('keeps the box a non-modal region, like the bar', () => {
    const ui = mount(new FakeConsentKit(), { layout: 'box' });
    expect(ui.banner()?.getAttribute('role')).toBe('region');
    expect(ui.dialog()).toBeNull();
  });
});

describe('the modal layout', () => {
  const modalBanner = (ui: ReturnType<typeof mount>) => ui.query<HTMLDialogElement>('dialog');

  it('shows the first layer as a modal dialog named by its heading, with focus on the dialog itself', () => {
    const ui = mount(new FakeConsentKit(), { layout: 'modal' });
    const dialog = modalBanner(ui)!;
    expect(dialogs.showModalCalls).toEqual([dialog]);
    expect(labelOf(ui, dialog)).toBe('Your privacy choices');
    expect(ui.shadow.activeElement).toBe(dialog);
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Settings']);
  });

  it('does not close on Escape: no answer is no consent, and the question stays', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent, { layout: 'modal' });
    const cancel = new Event('cancel', { cancelable: true });
    modalBanner(ui)!.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(modalBanner(ui)?.open).toBe(true);
    expect(consent.calls).toEqual([]);
  });

  it('opens again as a modal dialog, focused, when the browser closes it anyway', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent, { layout: 'modal' });
    const dialog = modalBanner(ui)!;
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    dialog.showModal = showModal;
    dialog.close();
    expect(showModal).toHaveBeenCalledOnce();
    expect(ui.shadow.activeElement).toBe(dialog);
    expect(modalBanner(ui)).toBe(dialog);
    expect(dialog.open).toBe(true);
    expect(consent.calls).toEqual([]);
  });

  it('opens Settings over it and returns focus to its Settings button', () => {
    const ui = mount(new FakeConsentKit(), { layout: 'modal' });
    const settings = ui.button('Settings');
    settings.focus();
    settings.click();
    expect(ui.queryAll('dialog')).toHaveLength(2);
    ui.button('Close').click();
    expect(ui.shadow.activeElement).toBe(ui.button('Settings'));
  });

  it('closes on a choice and reserves no room on the page (the page is inert behind it)', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent, { layout: 'modal' });
    expect(document.documentElement.style.paddingBottom).toBe('');
    ui.button('Reject all').click();
    expect(modalBanner(ui)).toBeNull();
    expect(consent.calls.map((call) => call.method)).toEqual(['rejectAll']);
  });
});

/** A ResizeObserver that reports only when the test says so; returns that trigger. */
function stubResizeObserver(): () => void {
  let report: (() => void) | undefined;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        report = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  return () => report?.();
}

describe('room for the banner (WCAG 2.4.11 Focus Not Obscured)', () => {
  // jsdom has no layout: the banner reports a 120px strip at the bottom of the viewport.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const height = this.classList.contains('ck-banner') ? 120 : 0;
      return { top: innerHeight - height, height, bottom: innerHeight } as DOMRect;
    });
  });

  it('pads the page and its scroll area by what the banner covers while it shows, then restores them', () => {
    const root = document.documentElement;
    root.style.paddingBottom = '10px';
    const ui = mount(new FakeConsentKit());
    // The page's own 10px stays, under the banner's 120px.
    expect(root.style.paddingBottom).toBe('130px');
    expect(root.style.scrollPaddingBottom).toBe('120px');
    ui.button('Accept all').click();
    expect(root.style.paddingBottom).toBe('10px');
    expect(root.style.scrollPaddingBottom).toBe('');
  });

  it('reserves again when the banner is shown again, and releases on destroy', () => {
    const root = document.documentElement;
    const ui = mount(new FakeConsentKit().withStoredChoice({}));
    expect(root.style.paddingBottom).toBe('');
    ui.handle.showBanner();
    expect(root.style.paddingBottom).toBe('120px');
    ui.handle.destroy();
    expect(root.style.paddingBottom).toBe('');
  });

  it('follows the banner as it resizes', () => {
    const resized = stubResizeObserver();
    mount(new FakeConsentKit());
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ top: innerHeight - 300, height: 300 } as DOMRect);
    resized();
    expect(document.documentElement.style.scrollPaddingBottom).toBe('300px');
    vi.unstubAllGlobals();
  });

  // Issue #7: measuring while mounting forced a synchronous style and layout of the whole page, which made the
  // banner's mount a long task under a 4x CPU slowdown. The observer's first report comes after layout anyway.
  it('measures in the ResizeObserver report, never synchronously while mounting', () => {
    const resized = stubResizeObserver();
    const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    const styles = vi.spyOn(window, 'getComputedStyle');
    mount(new FakeConsentKit());
    expect(measure).not.toHaveBeenCalled();
    expect(styles).not.toHaveBeenCalledWith(document.documentElement);
    expect(document.documentElement.style.paddingBottom).toBe('');
    resized();
    expect(document.documentElement.style.paddingBottom).toBe('120px');
    vi.unstubAllGlobals();
  });
});
