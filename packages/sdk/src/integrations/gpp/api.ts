// The `__gpp` function of the GPP CMP API 1.1 (Core/CMP API Specification): synchronous commands answering from
// the current state, and listeners told of every change.

/** The callback every command takes: the answer (its type depends on the command), and whether it succeeded. */
export type GppCallback = (data: any, success: boolean) => void;

/** `__gpp(command, callback, parameter, version)`. */
export type GppFunction = (command: string, callback: GppCallback, parameter?: unknown, version?: string) => void;

/** What the CMP knows at a moment: the ping answer. */
export interface GppState {
  gppVersion: '1.1';
  cmpStatus: 'stub' | 'loading' | 'loaded' | 'error';
  cmpDisplayStatus: 'hidden' | 'visible' | 'disabled';
  signalStatus: 'not ready' | 'ready';
  supportedAPIs: string[];
  cmpId: number;
  cmpVersion: number;
  sectionList: number[];
  applicableSections: number[];
  gppString: string;
  parsedSections: Record<string, object[]>;
}

/** A registered listener; `id` as the caller knows it (a stub's listeners keep theirs). */
export interface GppListener {
  id: number;
  callback: GppCallback;
}

// Own keys only: a caller's `__proto__` or `constructor` names no section and no field.
const own = (sections: Record<string, object[]>, key: unknown) => (typeof key == 'string' && Object.hasOwn(sections, key) ? sections[key] : undefined);

/**
 * A `__gpp` function over `state()`; `emit()` tells every listener of an event, `adopt()` takes over listeners
 * a stub registered. A callback that throws is reported, never thrown back into the CMP.
 */
export function createGppApi(state: () => GppState) {
  const listeners: GppListener[] = [];
  let lastId = 0;
  const safely = (callback: GppCallback, data: unknown, success = true) => {
    try {
      callback(data, success);
    } catch (error) {
      console.error('[ConsentKit] a GPP callback failed:', error);
    }
  };
  const tell = (listener: GppListener, eventName: string, data: unknown, pingData: GppState) =>
    safely(listener.callback, { eventName, listenerId: listener.id, data, pingData });
  const field = (sections: GppState['parsedSections'], path: unknown): unknown => {
    const [prefix, name] = typeof path == 'string' ? path.split('.') : [];
    for (const segment of own(sections, prefix) ?? []) if (Object.hasOwn(segment, name!)) return segment[name as keyof typeof segment];
    return null;
  };

  const call = (command: unknown, callback: unknown, parameter?: unknown): void => {
    if (typeof callback != 'function') return;
    const answer = (data: unknown) => safely(callback as GppCallback, data);
    // Worked out once per call: the string is encoded afresh from the instance each time.
    const now = state();
    const sections = now.parsedSections;
    switch (command) {
      case 'ping':
        return answer(now);
      case 'addEventListener': {
        const listener = { id: ++lastId, callback: callback as GppCallback };
        listeners.push(listener);
        return tell(listener, 'listenerRegistered', true, now);
      }
      case 'removeEventListener': {
        const index = listeners.findIndex(({ id }) => id === parameter);
        if (index >= 0) listeners.splice(index, 1);
        return answer(index >= 0);
      }
      case 'hasSection':
        return answer(!!own(sections, parameter));
      case 'getSection':
        return answer(own(sections, parameter) ?? null);
      case 'getField':
        return answer(field(sections, parameter));
      default:
        return safely(callback as GppCallback, null, false);
    }
  };

  return {
    call: call as GppFunction,
    /** Tells every listener; `pingData` is worked out once for all of them. */
    emit: (eventName: string, data: unknown, pingData = state()) => [...listeners].forEach((listener) => tell(listener, eventName, data, pingData)),
    adopt(adopted: GppListener[]) {
      listeners.push(...adopted);
      lastId = Math.max(lastId, ...adopted.map(({ id }) => id));
    },
  };
}
