/**
 * Keeps a banner fixed to the bottom of the viewport from hiding the element that has keyboard focus (WCAG 2.2
 * SC 2.4.11 Focus Not Obscured). While it shows, the page's scroll area gets, on top of its own values:
 * - bottom padding as tall as the strip the banner covers, so the end of the page can scroll clear of it;
 * - bottom scroll padding of the same height, so the browser scrolls a newly focused element (and anchor targets)
 *   into the part of the viewport the banner leaves free.
 * Both are written through the CSSOM (`element.style`), which a strict CSP allows: it forbids `style` attributes in
 * markup, not style set from an allowed script. A ResizeObserver follows the banner as it rewraps.
 *
 * @returns gives the page its own values back
 */
export function reserveSpace(banner: HTMLElement): () => void {
  const root = document.documentElement;
  const { style } = root;
  const { paddingBottom, scrollPaddingBottom } = style;
  const computed = getComputedStyle(root);
  // `scroll-padding` computes to `auto` unless the site set it.
  const basePadding = parseFloat(computed.paddingBottom) || 0;
  const baseScroll = parseFloat(computed.scrollPaddingBottom) || 0;
  const fit = () => {
    const { top, height } = banner.getBoundingClientRect();
    // Not laid out yet (mounted before <body> existed): nothing is covered.
    const covered = height && Math.max(0, innerHeight - top);
    style.paddingBottom = `${basePadding + covered}px`;
    style.scrollPaddingBottom = `${baseScroll + covered}px`;
  };
  fit();
  const observer = window.ResizeObserver && new ResizeObserver(fit);
  observer?.observe(banner);
  return () => {
    observer?.disconnect();
    style.paddingBottom = paddingBottom;
    style.scrollPaddingBottom = scrollPaddingBottom;
  };
}
