import { describe, expect, it, vi } from 'vitest';
import type { EmbedApi } from '../../src/embed/types';

// Its own file: the embed's document-level click listener must be the only one in this jsdom.
const uiScripts = () => [...document.querySelectorAll('script')].filter((s) => s.src.includes('consentkit-ui.js'));

describe('reopening from the page', () => {
  it('mounts the UI once loaded and opens preferences from a data-consentkit-open link', async () => {
    const handle = { showBanner: vi.fn(), showPreferences: vi.fn() };
    const mountBanner = vi.fn(() => handle);
    window.ConsentKitConfig = { ui: { texts: { acceptAll: 'Allow' } } };
    document.body.innerHTML = '<footer><a href="#" data-consentkit-open><span>Cookie settings</span></a></footer>';
    await import('../../src/embed/index');
    window.ConsentKitUI = { mountBanner };
    uiScripts()[0]!.dispatchEvent(new Event('load'));
    await vi.waitFor(() => expect(mountBanner).toHaveBeenCalledTimes(1));
    expect(mountBanner).toHaveBeenCalledWith(expect.objectContaining({ acceptAll: expect.any(Function) }), expect.objectContaining({ texts: { acceptAll: 'Allow' } }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('span')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(handle.showPreferences).toHaveBeenCalledTimes(1));
    expect(mountBanner).toHaveBeenCalledTimes(1);
  });

});
