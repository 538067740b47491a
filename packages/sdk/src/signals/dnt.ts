import type { DntValue } from '../record/types';

/**
 * Reads Do Not Track from every place browsers have put it (navigator.doNotTrack; window.doNotTrack in old
 * Safari and IE 11; navigator.msDoNotTrack in IE 9-10), as browsers return it: "1", "0", "unspecified" (old
 * Firefox) or null. IE 9-10 said "yes"/"no".
 *
 * Recorded for the record only. The site's policy says it does not respond to DNT: ConsentKit never uses this
 * value to decide anything, nor treats it as Global Privacy Control.
 */
export function readDnt(
  nav: Record<string, unknown> = typeof navigator === 'object' ? (navigator as never) : {},
  win: Record<string, unknown> = typeof window === 'object' ? (window as never) : {},
): DntValue {
  const raw = nav.doNotTrack ?? win.doNotTrack ?? nav.msDoNotTrack;
  return raw === '1' || raw === 'yes' ? '1' : raw === '0' || raw === 'no' ? '0' : raw === 'unspecified' ? raw : null;
}
