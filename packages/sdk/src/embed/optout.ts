import type { ConsentKit } from '../types';
import { lazyHandle } from './lazy';
import { loadModule } from './load-ui';

const SELECTOR = '[data-consentkit-optout]';
const RELOADED = 'ck_optout_reload';

/** What the lazily imported opt-out panel module (consentkit-optout.js) exports. */
export interface OptOutUiModule {
  mountOptOutPanel(consent: ConsentKit, options?: Record<string, unknown>): OptOutUiHandle;
}

/** The part of the panel's handle the embed drives. */
export interface OptOutUiHandle {
  /** Opens the panel; `source` is logged with the opt-out it confirms. */
  open(source: 'link' | 'banner'): void;
  /** Shows "Opt-out request honored" after a GPC opt-out. */
  showGpcNotice(): void;
}

/**
 * The interest-based ads opt-out on a script-tag page. Every `[data-consentkit-optout]` element (a footer link, a
 * line in the privacy policy) opens the opt-out panel, loaded on first use; a GPC opt-out applied on this page view
 * shows the "Opt-out request honored" notice. Returns what opens the panel, for the banner's preferences dialog.
 */
export function wireOptOut(consent: ConsentKit, src: string, options: Record<string, unknown>): (source: 'link' | 'banner') => void {
  // The panel's opt-out may reload the page (`reloadOnWithdrawal`): it leaves a note, read once on the next page
  // view, that opens the panel again there, showing the opt-out in force. Else the visitor sees a reload and no
  // confirmation.
  const noting: ConsentKit = {
    ...consent,
    optOutOfInterestBasedAds(choice) {
      try {
        sessionStorage.setItem(RELOADED, `${choice?.source} ${Date.now()}`);
        // Still here a few seconds on: there was no reload, so the note goes (a later reload must not open it).
        setTimeout(() => sessionStorage.removeItem(RELOADED), 3e3);
      } catch {
        // Storage blocked: no confirmation after a reload.
      }
      consent.optOutOfInterestBasedAds(choice);
    },
  };
  const withPanel = lazyHandle(
    () => loadModule<OptOutUiModule>(src, 'the opt-out panel').then((module) => module && module.mountOptOutPanel(noting, options)),
    'the opt-out panel',
  );
  document.addEventListener('click', (event) => {
    if ((event.target as Element).closest?.(SELECTOR)) {
      event.preventDefault();
      withPanel((panel) => panel.open('link'));
    }
  });
  // Where the opt-out jurisdiction's notice shows (no answer yet), it already says the request was honored: one
  // message, not two. A visitor who answered it sees no notice again, so the panel's says it.
  const noticeSaysIt = () => consent.jurisdiction === 'opt-out' && consent.needsConsent();
  consent.on('optout', ({ source }) => source === 'gpc' && !noticeSaysIt() && withPanel((panel) => panel.showGpcNotice()));
  try {
    const note = sessionStorage.getItem(RELOADED);
    if (note) {
      sessionStorage.removeItem(RELOADED);
      const [from, at] = note.split(' ');
      const reloaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type == 'reload';
      if (reloaded && Date.now() - Number(at) < 1e4 && consent.isOptedOutOfInterestBasedAds()) withPanel((panel) => panel.open(from as 'link'));
    }
  } catch {
    // Storage blocked: nothing to confirm.
  }
  return (source) => withPanel((panel) => panel.open(source));
}
