// axe-core over the mounted UI (shadow DOM included). jsdom has no layout, so colour contrast and target size
// are left to the browser tests; names, roles, ARIA and structure are checked here.
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeConsentKit, mount, removeHosts, stubDialog, unstubDialog } from './helpers';

beforeEach(() => {
  stubDialog();
  document.documentElement.lang = 'en';
  document.title = 'Test page';
});
afterEach(() => {
  removeHosts();
  unstubDialog();
});

async function violations(): Promise<string[]> {
  const result = await axe.run(document, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('the banner has no violations', async () => {
    const main = document.body.appendChild(document.createElement('main'));
    main.textContent = 'Page content';
    mount(new FakeConsentKit());
    expect(await violations()).toEqual([]);
  });

  it('the preferences dialog has no violations, with services and custom categories', async () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent);
    ui.handle.showPreferences();
    expect(ui.dialog()).not.toBeNull();
    expect(await violations()).toEqual([]);
  });

  it.each([
    ['the modal first layer', { layout: 'modal' }],
    ['the corner box, in Arabic (right to left)', { layout: 'box', lang: 'ar' }],
    ['the banner in French, over a dark theme', { theme: 'dark', lang: 'fr' }],
  ] as const)('%s has no violations, nor its dialog', async (_, options) => {
    const ui = mount(new FakeConsentKit(), options);
    await vi.waitFor(() => expect(ui.query('h2')).not.toBeNull());
    expect(await violations()).toEqual([]);
    ui.handle.showPreferences();
    expect(await violations()).toEqual([]);
  });

  it('reports a real violation (the check is live)', async () => {
    const ui = mount(new FakeConsentKit());
    ui.button('Accept all').textContent = '';
    expect((await violations()).some((v) => v.startsWith('button-name'))).toBe(true);
  });
});
