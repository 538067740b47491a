/** What ConsentKit guards: any element with `data-consent="category"` or `data-consent="category:service"`. */
export const GUARDED = '[data-consent]';

const guarded = (node: Node): boolean =>
  node.nodeType === 1 && ((node as Element).matches(GUARDED) || !!(node as Element).querySelector(GUARDED));

/**
 * Calls `changed` after DOM changes that add a guarded element (the parser streaming the page in, another script,
 * a single-page app), or remove anything while `watchRemovals()` (placeholders must leave with their widget).
 * One observer on the whole document: MutationObserver sees parser insertions as well, so elements after the
 * embed's `<script>` in the markup are found as they arrive, before the page has finished loading.
 */
export function observe(changed: () => void, watchRemovals: () => boolean, signal?: AbortSignal): MutationObserver {
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some(guarded) || (record.removedNodes.length > 0 && watchRemovals()))) changed();
  });
  observer.observe(document, { childList: true, subtree: true });
  signal?.addEventListener('abort', () => observer.disconnect());
  return observer;
}
