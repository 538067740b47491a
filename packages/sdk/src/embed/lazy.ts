// Kept apart from load-ui.ts, the embed's one network effect, which unit tests replace.
/**
 * A UI piece mounted on first use: `withHandle(action)` loads and mounts it once, then runs `action` on it. When it
 * could not load, `onMissing` runs instead and the next call downloads again (a dropped connection is not final).
 * @example const withPanel = lazyHandle(() => loadUi(src).then((m) => m && m.mount()), 'opt-out panel');
 */
export function lazyHandle<H>(
  mount: () => Promise<H | null>,
  what: string,
): (action: (handle: H) => void, onMissing?: () => void) => void {
  let handle: Promise<H | null> | undefined;
  return (action, onMissing) => {
    const pending = (handle ??= mount());
    pending
      .then((mounted) => {
        if (mounted) return action(mounted);
        if (handle === pending) handle = undefined;
        onMissing?.();
      })
      .catch((error) => console.error(`[ConsentKit] ${what} failed:`, error));
  };
}
