/** @jsxImportSource preact */
// Test files sit outside tsconfig.json's "include", so the JSX source is named here.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toggle } from '../src/Toggle';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function renderToggle(checked: boolean, onChange = vi.fn()) {
  root = document.body.appendChild(document.createElement('div'));
  render(<Toggle label="Analytics" checked={checked} describedBy="desc" onChange={onChange} />, root);
  return { button: root.querySelector('button')!, onChange };
}

describe('Toggle', () => {
  it('is a native button (keyboard operable) with role="switch" and its label inside', () => {
    const { button } = renderToggle(false);
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.getAttribute('role')).toBe('switch');
    expect(button.textContent).toBe('Analytics');
    expect(button.getAttribute('aria-describedby')).toBe('desc');
  });

  it('exposes its state through aria-checked', () => {
    expect(renderToggle(false).button.getAttribute('aria-checked')).toBe('false');
    render(null, root);
    root.remove();
    expect(renderToggle(true).button.getAttribute('aria-checked')).toBe('true');
  });

  it('asks for the opposite state when activated', () => {
    const off = renderToggle(false);
    off.button.click();
    expect(off.onChange).toHaveBeenCalledWith(true);
    render(null, root);
    root.remove();
    const on = renderToggle(true);
    on.button.click();
    expect(on.onChange).toHaveBeenCalledWith(false);
  });

  it('adds nothing but the label to its accessible name (the visual track is an empty span)', () => {
    const { button } = renderToggle(false);
    const track = button.querySelector('span');
    expect(track).not.toBeNull();
    expect(track!.textContent).toBe('');
    expect(button.textContent).toBe('Analytics');
  });
});
