/** The page's bottom padding, and its bottom scroll padding. */
const SIDES = ['paddingBottom', 'scrollPaddingBottom'] as const;

/**
 * Keeps a banner fixed to the bottom of the viewport from hiding the element that has keyboard focus (WCAG 2.2
 * SC 2.4.11 Focus Not Obscured). While it shows, the page's scroll area gets, on top of its own values:
 * - bottom padding as tall as the strip the banner covers, so the end of the page can scroll clear of it;
 * - bottom scroll padding of the same height, so the browser scrolls a newly focused element (and anchor targets)
 *   into the part of the viewport the banner leaves free.
 * Both are written through the CSSOM (`element.style`), which a strict CSP allows: it forbids `style` attributes in
 * markup, not style set from an allowed script. A ResizeObserver follows the banner as it rewraps.
 *
 * Measuring waits for the ResizeObserver's first report, which the browser delivers in the same frame, after
 * layout and before paint: the page never paints without the room, and mounting forces no synchronous style and
 * layout of the whole page (that doubled the banner's main-thread work and made a long task of it; issue #7).
 *
 * @returns gives the page its own values back
 */
export function reserveSpace(banner: HTMLElement): () => void {
  const root = document.documentElement;
  const { style } = root;
  const own = SIDES.map((side) => style[side]);
  let base: number[] | undefined;
  const fit = () => {
    // The page's own values, read once before writing ours. `scroll-padding` computes to `auto` unless set.
    base ??= SIDES.map((side) => parseFloat(getComputedStyle(root)[side]) || 0);
    const { top, height } = banner.getBoundingClientRect();
    // Not laid out yet (mounted before <body> existed): nothing is covered.
    const covered = height && Math.max(0, innerHeight - top);
    SIDES.forEach((side, index) => (style[side] = `${base![index]! + covered}px`));
  };
  const observer = window.ResizeObserver && new ResizeObserver(fit);
  if (observer) observer.observe(banner);
  else fit();
  return () => {
    observer?.disconnect();
    SIDES.forEach((side, index) => (style[side] = own[index]!));
  };
}
