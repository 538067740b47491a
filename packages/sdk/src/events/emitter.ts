/** Reports an error from a site's listener without stopping the others or throwing into the host page. */
export const reportError = (error: unknown): void => {
  try {
    console.error('[ConsentKit] a listener threw:', error);
  } catch {
    // console itself unavailable: nothing more to do.
  }
};

/**
 * A minimal typed emitter. Listeners run in the order they were added; one that throws is reported and the
 * rest still run. Unsubscribing during an emit takes effect from the next emit.
 */
export function createEmitter<Events extends object>() {
  const listeners = new Map<keyof Events, Set<(detail: never) => void>>();
  return {
    on<K extends keyof Events>(event: K, listener: (detail: Events[K]) => void): () => void {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const entry = listener as (detail: never) => void;
      set.add(entry);
      return () => void set.delete(entry);
    },
    /** Forgets every listener. */
    clear: (): void => listeners.clear(),
    emit<K extends keyof Events>(event: K, detail: Events[K]): void {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          (listener as (detail: Events[K]) => void)(detail);
        } catch (error) {
          reportError(error);
        }
      }
    },
  };
}
