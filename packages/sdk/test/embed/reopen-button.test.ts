import { afterEach, describe, expect, it, vi } from 'vitest';
import { wireReopen } from '../../src/embed/reopen';
import type { ConsentKit } from '../../src/types';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} }) as DOMRect;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the floating reopen button', () => {
  function setup() {
    const consent = { needsConsent: () => false, on: () => () => {} } as unknown as ConsentKit;
    document.body.innerHTML = '<a href="#a" id="small">Home</a><textarea id="tall"></textarea>';
    wireReopen(consent, vi.fn(), { reopenButton: true });
    const host = document.querySelector<HTMLElement>('[data-consentkit-reopen]')!;
    const button = host.shadowRoot!.querySelector('button')!;
    vi.spyOn(button, 'getBoundingClientRect').mockReturnValue(rect(8, 548, 140, 44));
    const small = document.getElementById('small')!;
    const tall = document.getElementById('tall')!;
    vi.spyOn(small, 'getBoundingClientRect').mockReturnValue(rect(8, 560, 40, 20));
    vi.spyOn(tall, 'getBoundingClientRect').mockReturnValue(rect(8, 400, 600, 180));
    return { button, small, tall };
  }

  it('steps aside while a control it would hide has focus under it, and comes back when focus leaves', async () => {
    const { button, small } = setup();
    small.focus();
    await frame();
    expect(button.classList.contains('aside')).toBe(true);
    small.blur();
    expect(button.classList.contains('aside')).toBe(false);
  });

  it('stays for a focused region taller than itself, which it cannot hide', async () => {
    const { button, tall } = setup();
    tall.focus();
    await frame();
    expect(button.classList.contains('aside')).toBe(false);
  });
});
