// Static checks of the stylesheet's contract: theming through --ck-* only, contrast of the default colours,
// RTL-safe properties, target sizes, reduced motion. (Layout itself is checked in a real browser by the e2e tests.)
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- the build's CSS minifier is a plain .mjs script with no types
import { minifyCss } from '../../../scripts/rollup-css.mjs';
import base from '../src/styles.css?raw';
import dialogs from '../src/dialogs.css?raw';

// The two parts as the UI adopts them, in order: the base, then the dialogs' (which come with their chunk).
const css = base + dialogs;


const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
/** The declarations of the first rule whose selector is exactly `selector`. */
const rule = (selector: string) => {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(^|[{}])\\s*${escaped} \\{([^}]*)\\}`, 'm').exec(code);
  expect(match, selector).not.toBeNull();
  return match![2]!;
};
const host = rule(':host');
const varOf = (block: string, name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
const hostVar = (name: string) => varOf(host, name);
const COLOURS = ['--ck-bg', '--ck-fg', '--ck-accent', '--ck-accent-fg', '--ck-border'];
/** The colours of each shipped theme: light on :host, dark forced by data-theme or by prefers-color-scheme. */
const themes = {
  light: host,
  'dark (data-theme)': rule(':host([data-theme=dark])'),
  'dark (prefers-color-scheme)': rule(':host(:not([data-theme=light]))'),
};

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb / #rgb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const full = hex.length === 4 ? hex.replace(/\w/g, (c) => c + c) : hex;
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(full.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('styles.css and dialogs.css', () => {
  it('declares every custom property it uses on :host, so a site can theme all of them', () => {
    const used = new Set([...code.matchAll(/var\((--ck-[\w-]+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(hostVar(name!), name).toBeTruthy();
    for (const name of ['--ck-bg', '--ck-fg', '--ck-accent', '--ck-accent-fg', '--ck-border', '--ck-font', '--ck-radius', '--ck-space']) {
      expect(used.has(name), name).toBe(true);
    }
  });

  it('uses colours only through the custom properties (one place to theme)', () => {
    const outsideHost = code.replace(/:host(\([^)]*\)*)?\s*\{[^}]*\}/g, '');
    expect(outsideHost).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it.each(Object.entries(themes))('the %s theme meets WCAG AA contrast: text 4.5:1, controls and focus ring 3:1', (_, block) => {
    const [bg, fg, accent, accentFg, border] = COLOURS.map((name) => varOf(block, name)!);
    expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5); // body text
    expect(contrast(accentFg!, accent!)).toBeGreaterThanOrEqual(4.5); // button labels
    expect(contrast(accent!, bg!)).toBeGreaterThanOrEqual(4.5); // links, focus ring, switch on
    expect(contrast(border!, bg!)).toBeGreaterThanOrEqual(3); // switch track and thumb off
  });

  it('has one dark theme, whether forced or followed from the visitor, swapping every colour', () => {
    const dark = COLOURS.map((name) => varOf(themes['dark (data-theme)'], name));
    expect(COLOURS.map((name) => varOf(themes['dark (prefers-color-scheme)'], name))).toEqual(dark);
    dark.forEach((value, index) => expect(value, COLOURS[index]).not.toBe(hostVar(COLOURS[index]!)));
    expect(code).toMatch(/@media \(prefers-color-scheme: dark\)\s*\{\s*:host\(:not\(\[data-theme=light\]\)\)/);
    expect(themes['dark (data-theme)']).toMatch(/color-scheme:\s*dark/);
  });

  it('has a 16px base size in a system font', () => {
    expect(hostVar('--ck-font-size')).toBe('16px');
    expect(hostVar('--ck-font')).toMatch(/^system-ui/);
  });

  it('makes buttons and switches at least 44px tall and shows a focus ring', () => {
    expect(code).toMatch(/(^|\})\s*button\s*\{[^}]*min-height:\s*44px/);
    expect(code).toMatch(/\.ck-switch[^{]*\{[^}]*min-height:\s*44px/);
    expect(code).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid/);
  });

  it('lets the dialog scroll within the viewport, and the bar and box within half of it', () => {
    expect(rule('.ck-dialog')).toMatch(/max-height:\s*calc\(100% - /);
    expect(rule('.ck-dialog')).toMatch(/max-width:\s*calc\(100% - /);
    // The box keeps the bar's limit: half the viewport, so a short one still shows the page's focused control.
    expect(rule('.ck-banner')).toMatch(/max-height:\s*50%/);
    expect(rule(':host([data-layout=box]) .ck-banner')).not.toMatch(/max-height/);
    expect(code).toMatch(/\.ck-banner, \.ck-dialog\s*\{[^}]*overflow:\s*auto/);
  });

  it('puts the corner box at the bottom of the inline start side (mirrored in RTL), and only where it fits', () => {
    const box = rule(':host([data-layout=box]) .ck-banner');
    expect(box).toMatch(/inset-inline-start:\s*1em/);
    expect(box).toMatch(/bottom:\s*1em/);
    expect(box).toMatch(/width:\s*24em/);
    expect(code).toMatch(/@media \(min-width: 40em\) and \(min-height: 30em\)\s*\{\s*:host\(\[data-layout=box\]\) \.ck-banner/);
  });

  it('uses no physical left/right (RTL pages mirror it)', () => {
    expect(code).not.toMatch(/(^|[^-\w])(left|right)\b|-(left|right)\b/);
  });

  it('animates only when the visitor has not asked for reduced motion', () => {
    const motion = /@media \(prefers-reduced-motion: no-preference\)\s*\{([\s\S]*?\})\s*\}/.exec(code);
    expect(motion?.[1]).toMatch(/transition/);
    expect(code.replace(motion![0], '')).not.toMatch(/transition|animation/);
  });

  it('survives the build minifier with every rule intact', () => {
    const count = (text: string) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet.cssRules.length;
    };
    expect(count(css)).toBeGreaterThan(15);
    for (const part of [base, dialogs]) expect(count(minifyCss(part))).toBe(count(part));
  });
});
