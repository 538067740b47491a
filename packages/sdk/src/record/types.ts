import type { Jurisdiction } from '../jurisdiction/jurisdiction';

/**
 * How a choice was given: which button, or the site's own code. `notice`: the visitor closed the opt-out
 * jurisdiction's notice without changing anything, so the defaults in force were kept.
 */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'api' | 'notice';

/**
 * The Do Not Track value a browser reports: "1" (on), "0" (off), "unspecified" (old Firefox), or null (not set).
 * Recorded for the record only: ConsentKit never uses it to decide anything.
 */
export type DntValue = '1' | '0' | 'unspecified' | null;

/** Browser privacy signals as observed when the choice was made. */
export interface ObservedSignals {
  /** Do Not Track, as the browser reported it. */
  dnt: DntValue;
  /** Global Privacy Control: true, false, or null when the browser does not expose it. */
  gpc: boolean | null;
}

/**
 * One visitor's consent, as stored in the consent cookie.
 *
 * @example
 * {
 *   id: 'V1StGXR8_Z5jdHi6B-myT', revision: 1,
 *   createdAt: '2026-11-26T10:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z',
 *   choices: { preferences: false, analytics: true, advertising: false, social: false },
 *   method: 'custom', signals: { dnt: null, gpc: null }, sdkVersion: '0.1.0',
 * }
 */
export interface ConsentRecord {
  /** Random id (nanoid) that ties this record to logged events; not linked to any identity. */
  readonly id: string;
  /** The config revision the visitor answered. */
  readonly revision: number;
  /** When the visitor first chose (ISO 8601, second precision). */
  readonly createdAt: string;
  /** When the visitor last changed the choice (ISO 8601, second precision). */
  readonly updatedAt: string;
  /**
   * Choice per optional category id, and per `category:service` where a service was set on its own.
   * `necessary` is never stored: it is always granted.
   */
  readonly choices: Readonly<Record<string, boolean>>;
  /** How the latest choice was made. */
  readonly method: ConsentMethod;
  /** DNT and GPC as observed at the latest choice. */
  readonly signals: ObservedSignals;
  /** ConsentKit version that wrote the record. */
  readonly sdkVersion: string;
  /**
   * `'opt-out'` when the choice was made under the opt-out jurisdiction, where optional categories ran by
   * default: its grants are not opt-in consent, so an opt-in page view asks again. Absent for opt-in.
   */
  readonly jurisdiction?: Jurisdiction;
}
