// The `__gpp` function of the GPP CMP API 1.1 (Core/CMP API Specification): synchronous commands answering from
// the current state, and listeners told of every change.

/** The callback every command takes: the answer, and whether the command succeeded. */
export type GppCallback = (data: unknown, success: boolean) => void;

/** `__gpp(command, callback, parameter, version)`. */
export type GppFunction = (command: unknown, callback: unknown, parameter?: unknown, version?: unknown) => void;

/** What the CMP knows at a moment: the ping answer without the event bookkeeping. */
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

// Own keys only: a caller's `__proto__` or `constructor` names no section and no field.
const own = (sections: Record<string, object[]>, key: unknown) => (typeof key == 'string' && Object.hasOwn(sections, key) ? sections[key] : undefined);

interface Listener {
  id: number;
  callback: GppCallback;
}

/** A `__gpp` function over `state()`, and `emit()`, which tells every listener of an event. */
export function createGppApi(state: () => GppState): { call: GppFunction; emit(eventName: string, data: unknown, pingData?: GppState): void } {
  const listeners: Listener[] = [];
  let lastId = 0;
  const tell = (listener: Listener, eventName: string, data: unknown, pingData = state()) => {
    try {
      listener.callback({ eventName, listenerId: listener.id, data, pingData }, true);
    } catch (error) {
      console.error('[ConsentKit] a GPP listener failed:', error);
    }
  };
  const field = (path: unknown): unknown => {
    const [prefix, name] = typeof path == 'string' ? path.split('.') : [];
    for (const segment of own(state().parsedSections, prefix) ?? []) if (Object.hasOwn(segment, name!)) return segment[name as keyof typeof segment];
    return null;
  };

  const call: GppFunction = (command, callback, parameter) => {
    if (typeof callback != 'function') return;
    const answer = callback as GppCallback;
    const sections = state().parsedSections;
    switch (command) {
      case 'ping':
        return answer(state(), true);
      case 'addEventListener': {
        const listener = { id: ++lastId, callback: answer };
        listeners.push(listener);
        return tell(listener, 'listenerRegistered', true);
      }
      case 'removeEventListener': {
        const index = listeners.findIndex(({ id }) => id === parameter);
        if (index >= 0) listeners.splice(index, 1);
        return answer(index >= 0, true);
      }
      case 'hasSection':
        return answer(!!own(sections, parameter), true);
      case 'getSection':
        return answer(own(sections, parameter) ?? null, true);
      case 'getField':
        return answer(field(parameter), true);
      default:
        return answer(null, false);
    }
  };

  return {
    call,
    emit: (eventName, data, pingData) => [...listeners].forEach((listener) => tell(listener, eventName, data, pingData)),
  };
}
