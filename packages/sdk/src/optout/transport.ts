import type { EventTransport } from './types';

/** A request that takes longer is abandoned and retried: a hung collector must not hold the queue's lock. */
const TIMEOUT_MS = 15_000;

/** Thrown for an answer without acknowledgements; `status` lets the scheduler react to 413. */
export class DeliveryError extends Error {
  constructor(readonly status: number) {
    super(`the collector answered HTTP ${status}`);
  }
}

/**
 * POSTs `{ "events": [...] }` as JSON with `keepalive` (the request survives the page closing). The collector
 * answers `{ "acknowledged": [ids] }`, on any status: ids it does not list (it refused them) stay queued.
 * Part of the lazily loaded delivery code.
 */
export function fetchTransport(endpoint: string): Pick<EventTransport, 'send'> {
  return {
    async send(events) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          keepalive: true,
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ events }),
          signal: controller.signal,
        });
        const answer: unknown = await response.json().catch(() => null);
        const acknowledged = (answer as { acknowledged?: unknown } | null)?.acknowledged;
        if (!Array.isArray(acknowledged)) throw new DeliveryError(response.status);
        return acknowledged.filter((id): id is string => typeof id === 'string');
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

