// consentkit.delivery.js: the delivery scheduler as its own ES module. The script-tag engine imports it only
// when there is something to send (an event just logged, or events left from an earlier visit), so a returning
// visitor with nothing pending never downloads it. npm builds import it lazily too (see consent.ts).
import { type Delivery, startDelivery } from './delivery';
import { TAB_LOCK } from './lock';
import type { DeliveryStart } from './log';
import { fetchTransport } from './transport';

const locks = () => (typeof navigator === 'object' ? navigator.locks : undefined);

/** Web Locks (every current browser): one tab at a time sends. Without them, the collector's idempotency holds. */
function webLock(task: () => Promise<void>): Promise<void> {
  try {
    return locks() ? locks()!.request('consentkit-events', task) : task();
  } catch {
    return task(); // e.g. SecurityError in an opaque origin
  }
}

/** The page views that hold their tab lock (log.ts takes it when a page logs its first event). */
async function liveTabs(): Promise<Set<string>> {
  const { held = [] } = await locks()!.query();
  return new Set(held.map(({ name = '' }) => name).filter((name) => name.startsWith(TAB_LOCK)).map((name) => name.slice(TAB_LOCK.length)));
}

export function deliver({ endpoint, transport, ...options }: DeliveryStart): Delivery {
  return startDelivery({ ...options, transport: transport ?? fetchTransport(endpoint!), lock: webLock, ...(locks() ? { liveTabs } : {}) });
}
