// consentkit.delivery.js: the delivery scheduler as its own ES module. The script-tag engine imports it only
// when there is something to send (an event just logged, or events left from an earlier visit), so a returning
// visitor with nothing pending never downloads it. npm builds import it lazily too (see consent.ts).
import { type Delivery, startDelivery } from './delivery';
import type { DeliveryStart } from './log';
import { fetchTransport } from './transport';

/** Web Locks (every current browser): one tab at a time sends. Without them, the collector's idempotency holds. */
function webLock(task: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'object' ? navigator.locks : undefined;
  if (!locks) return task();
  try {
    return locks.request('consentkit-events', task);
  } catch {
    return task(); // e.g. SecurityError in an opaque origin
  }
}

export function deliver({ endpoint, transport, ...options }: DeliveryStart): Delivery {
  return startDelivery({ ...options, transport: transport ?? fetchTransport(endpoint!), lock: webLock });
}
