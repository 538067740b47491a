import type { CategoryInfo } from '@consentkit/sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInCategories, FakeConsentKit, mount, removeHosts, stubDialog, unstubDialog } from './helpers';

beforeEach(() => {
  stubDialog();
});
afterEach(() => {
  removeHosts();
  unstubDialog();
});

function openPreferences(consent = new FakeConsentKit(), options?: Parameters<typeof mount>[1]) {
  const ui = mount(consent, options);
  ui.handle.showPreferences();
  const toggle = ui.button('More information', ui.dialog()!);
  const panel = ui.shadow.getElementById(toggle.getAttribute('aria-controls')!)!;
  return { ui, toggle, panel };
}

describe('More information in the preferences dialog', () => {
  it('is a collapsed disclosure button until pressed', () => {
    const { toggle, panel } = openPreferences();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    expect(panel.textContent).toBe('');
  });

  it('shows the short declaration: what each category stores, and the DNT and GPC statements', async () => {
    const categories = builtInCategories();
    (categories[2] as unknown as Record<string, unknown>).cookies = [{ name: '_ck_a', lifetime: '13 months', provider: 'Caseloop Analytics' }];
    const { ui, toggle, panel } = openPreferences(new FakeConsentKit(categories as CategoryInfo[]));
    ui.act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    await vi.waitFor(() => expect(panel.textContent).toContain('This site does not respond to Do Not Track (DNT) signals.'));
    expect(panel.textContent).toContain('Global Privacy Control (GPC)');
    const items = [...panel.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['Strictly necessary: ck_consent (182 days, This site)', 'Analytics: _ck_a (13 months, Caseloop Analytics)']);
  });

  it('collapses again, and speaks the dialog’s language', async () => {
    const ui = mount(new FakeConsentKit(), { lang: 'fr' });
    ui.handle.showPreferences();
    await vi.waitFor(() => expect(ui.dialog()).not.toBeNull());
    const toggle = ui.button('Plus d’informations', ui.dialog()!);
    const panel = ui.shadow.getElementById(toggle.getAttribute('aria-controls')!)!;
    ui.act(() => toggle.click());
    await vi.waitFor(() => expect(panel.textContent).toContain('ck_consent (182 jours, Ce site)'));
    ui.act(() => toggle.click());
    expect(panel.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes again when the declaration cannot load, and the next press tries again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.doMock('../src/policy/policy', () => {
      throw new Error('offline');
    });
    const { ui, toggle, panel } = openPreferences();
    ui.act(() => toggle.click());
    await vi.waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('false'));
    expect(panel.hidden).toBe(true);
    expect(String(error.mock.calls[0]?.[0])).toContain('could not load the cookie declaration');
    vi.doUnmock('../src/policy/policy');
    ui.act(() => toggle.click());
    await vi.waitFor(() => expect(panel.textContent).toContain('Do Not Track'));
  });
});
