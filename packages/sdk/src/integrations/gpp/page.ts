import type { GppFunction } from './api';

/**
 * `window.__gpp` as a stub leaves it: the IAB's stub keeps calls in `queue` and the listeners it registered in
 * `events`. Not declared on `Window`: a site's own declaration of `__gpp` must not clash with this package's.
 */
export type GppStub = GppFunction & { queue?: unknown; events?: unknown };

/** The page's window, as far as `__gpp` goes. */
export const gppWindow = () => window as unknown as { __gpp?: GppStub };
