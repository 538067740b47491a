import type { DntValue } from '../record/types';

type DntSources = {
  navigator?: { doNotTrack?: unknown; msDoNotTrack?: unknown };
  window?: { doNotTrack?: unknown };
};

/**
 * Reads Do Not Track from every place browsers have put it (navigator.doNotTrack, window.doNotTrack for old
 * Safari and IE 11, navigator.msDoNotTrack for IE 9-10), normalised to what they return: "1", "0",
 * "unspecified" or null. Old IE said "yes"/"no".
 *
 * Recorded for the record only. The site's policy says it does not respond to DNT, and ConsentKit never uses
 * this value to decide anything, nor treats it as Global Privacy Control.
 */
export function readDnt(sources: DntSources = globalSources()): DntValue {
  const raw = sources.navigator?.doNotTrack ?? sources.window?.doNotTrack ?? sources.navigator?.msDoNotTrack;
  if (raw === '1' || raw === 'yes' || raw === 1) return '1';
  if (raw === '0' || raw === 'no' || raw === 0) return '0';
  if (raw === 'unspecified') return 'unspecified';
  return null;
}

const globalSources = (): DntSources => ({
  navigator: typeof navigator === 'undefined' ? undefined : (navigator as DntSources['navigator']),
  window: typeof window === 'undefined' ? undefined : (window as DntSources['window']),
});
