import type { GppOptions } from '../integrations/gpp';
import { gppWindow } from '../integrations/gpp/page';
import type { ConsentKit } from '../types';
import { loadModule } from './load-ui';

/**
 * The GPP CMP for the script tag. A stub `window.__gpp` at once (CMP API 1.1): it answers `ping` as a stub and
 * queues every other call, so ad tags placed after the embed can call it before the CMP is there. The CMP
 * (consentkit.gpp.js) is imported right away; it answers the queue in order, tells queued listeners the signal is
 * ready, and creates the `__gppLocator` frame through which vendors in iframes reach it. Should it fail to load,
 * the stub says `cmpStatus: 'error'`. A site's own stub is left in place: the CMP takes over its queue and listeners.
 */
export function wireGpp(consent: ConsentKit, src: string, options: GppOptions): void {
  const page = gppWindow();
  let cmpStatus = 'stub';
  if (!page.__gpp) {
    const queue: unknown[][] = [];
    page.__gpp = Object.assign(
      (...args: unknown[]) => {
        if (args[0] != 'ping') return void queue.push(args);
        // What a stub can say: which API is coming, and that its signal is not ready yet.
        if (typeof args[1] == 'function') {
          args[1]({ gppVersion: '1.1', cmpStatus, cmpDisplayStatus: 'hidden', signalStatus: 'not ready', supportedAPIs: ['7:usnat'], cmpId: 0, sectionList: [], applicableSections: [-1], gppString: '' }, true);
        }
      },
      { queue },
    );
  }
  void loadModule<{ gpp: (consent: ConsentKit, options: GppOptions) => void }>(src, 'the GPP CMP').then((module) =>
    module ? module.gpp(consent, options) : (cmpStatus = 'error'),
  );
}
