// The dialog pattern's keyboard part: Tab and Shift+Tab wrap inside the dialog.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeConsentKit, mount, removeHosts, stubDialog, unstubDialog } from './helpers';

beforeEach(() => {
  stubDialog();
});
afterEach(() => {
  removeHosts();
  unstubDialog();
});

const tab = (target: Element, shiftKey = false) => {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('Modal: Tab wraps', () => {
  function open() {
    const ui = mount(new FakeConsentKit().withStoredChoice({}));
    ui.handle.showPreferences();
    const dialog = ui.dialog()!;
    const controls = [...dialog.querySelectorAll<HTMLElement>('a[href],button')];
    return { ui, dialog, first: controls[0]!, last: controls[controls.length - 1]! };
  }

  it('from the last control to the first', () => {
    const { ui, first, last } = open();
    last.focus();
    expect(tab(last)).toBe(true);
    expect(ui.shadow.activeElement).toBe(first);
  });

  it('with Shift, from the first control, or the dialog itself, to the last', () => {
    const { ui, dialog, first, last } = open();
    expect(ui.shadow.activeElement).toBe(dialog);
    expect(tab(dialog, true)).toBe(true);
    expect(ui.shadow.activeElement).toBe(last);
    first.focus();
    expect(tab(first, true)).toBe(true);
    expect(ui.shadow.activeElement).toBe(last);
  });

  it('leaves Tab between inner controls to the browser', () => {
    const { first } = open();
    first.focus();
    expect(tab(first)).toBe(false);
  });
});
