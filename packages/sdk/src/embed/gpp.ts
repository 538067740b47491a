import type { GppOptions } from '../integrations/gpp';
import type { ConsentKit } from '../types';
import { loadModule } from './load-ui';

/**
 * The GPP CMP for the script tag. A stub `window.__gpp` at once (CMP API 1.1): it answers `ping` as a stub and
 * queues every other call, so ad tags placed after the embed can call it before the CMP is there. The CMP
 * (consentkit.gpp.js) is imported right away; it answers the queue in order, and creates the `__gppLocator` frame
 * through which vendors in iframes reach it. A site's own stub is left in place: the CMP takes over its queue.
 */
export function wireGpp(consent: ConsentKit, src: string, options: GppOptions): void {
  if (!window.__gpp) {
    const queue: unknown[][] = [];
    window.__gpp = Object.assign(
      (...args: unknown[]) => {
        if (args[0] != 'ping') return void queue.push(args);
        // What a stub can say: which API is coming, and that its signal is not ready yet.
        if (typeof args[1] == 'function') args[1]({ gppVersion: '1.1', cmpStatus: 'stub', signalStatus: 'not ready', supportedAPIs: ['7:usnat'], applicableSections: [-1] }, true);
      },
      { queue },
    );
  }
  void loadModule<{ gpp: (consent: ConsentKit, options: GppOptions) => void }>(src, 'the GPP CMP').then((module) => module?.gpp(consent, options));
}
