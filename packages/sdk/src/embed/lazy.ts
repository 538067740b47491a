// Kept apart from load-ui.ts, the embed's one network effect, which unit tests replace.
/**
 * A UI piece mounted on first use: `withHandle(action)` loads and mounts it once, then runs `action` on it.
 * @example const withPanel = lazyHandle(() => loadUi(src).then((m) => m && m.mount()), 'opt-out panel');
 */
export function lazyHandle<H>(mount: () => Promise<H | null>, what: string): (action: (handle: H) => void) => void {
  let handle: Promise<H | null> | undefined;
  return (action) => {
    handle ??= mount();
    handle.then((mounted) => mounted && action(mounted)).catch((error) => console.error(`[ConsentKit] ${what} failed:`, error));
  };
}
