import type { EmbedApi, QueuedCall } from './types';

/**
 * Runs one call queued through `window.ConsentKit.push(...)`: a function receives the instance, an array names
 * a method and its arguments. A bad call is reported, never thrown: the site's other calls still run.
 */
export function runQueuedCall(api: EmbedApi, call: unknown): void {
  try {
    if (typeof call === 'function') return void call(api);
    if (Array.isArray(call) && typeof call[0] === 'string') {
      const method = (api as unknown as Record<string, unknown>)[call[0]];
      if (typeof method === 'function' && call[0] !== 'push') return void method(...call.slice(1));
    }
    console.error('[ConsentKit] ignored a queued call that is not a method name with arguments or a function:', call);
  } catch (error) {
    console.error('[ConsentKit] a queued call threw:', error);
  }
}

export type { QueuedCall };
