import { nanoid } from 'nanoid';
import type { ConsentRecord } from '../record/types';
import { readDnt } from '../signals/dnt';
import { readGpc } from '../signals/gpc';
import { VERSION } from '../version';
import type { ConsentLogEvent, ConsentLogEventType, OptOutSource } from './types';

export const ADVERTISING = 'advertising';

/**
 * Whether a record opts the visitor out of interest-based ads: advertising denied by the visitor, and no
 * advertising service allowed on its own. No record is not an opt-out: nothing was asked for yet.
 */
export function optsOut(record: ConsentRecord | null | undefined): boolean {
  const choices = record?.choices;
  return choices?.[ADVERTISING] === false && !Object.keys(choices).some((key) => key.startsWith(`${ADVERTISING}:`) && choices[key]);
}

/**
 * The page a choice was made on, without query string, fragment or credentials: those may carry personal data.
 * From its address, not its origin: a page on `file:` or an app's own scheme has the origin "null".
 */
function pageUrl(): string {
  try {
    const url = new URL(location.href);
    url.username = url.password = url.search = url.hash = '';
    return url.href.slice(0, 2048);
  } catch {
    return ''; // no page (a server), or a stand-in for one without an address: the event is logged all the same
  }
}

/** A new event describing `record` (the one in force after the change, or the one forgotten by `reset`). */
export function createLogEvent(type: ConsentLogEventType, source: OptOutSource, record: ConsentRecord, revision: number): ConsentLogEvent {
  return {
    id: nanoid(),
    type,
    consentId: record.id,
    at: new Date().toISOString(),
    revision,
    source,
    method: record.method,
    choices: type === 'reset' ? {} : record.choices,
    url: pageUrl(),
    dnt: readDnt(),
    gpc: readGpc(),
    sdkVersion: VERSION,
  };
}
