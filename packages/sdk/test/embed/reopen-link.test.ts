import { describe, expect, it, vi } from 'vitest';
import type { UiModule } from '../../src/embed/types';

// Its own file: the embed's document-level click listener must be the only one in this jsdom.
const loadUi = vi.hoisted(() => vi.fn<(src: string) => Promise<UiModule | null>>());
vi.mock('../../src/embed/load-ui', () => ({ loadUi }));

describe('reopening from the page', () => {
  it('opens preferences from any data-consentkit-open element, without following it', async () => {
    const handle = { showBanner: vi.fn(), showPreferences: vi.fn() };
    loadUi.mockResolvedValue({ mountBanner: () => handle });
    document.body.innerHTML = '<footer><a href="#top" data-consentkit-open><span>Cookie settings</span></a></footer>';
    await import('../../src/embed/index');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('span')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(handle.showPreferences).toHaveBeenCalledTimes(1));
    expect(document.querySelector('[data-consentkit-reopen]')).toBeNull(); // the page has its own control
  });
});
