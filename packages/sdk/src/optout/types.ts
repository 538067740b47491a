import type { ConsentMethod, ConsentRecord, DntValue } from '../record/types';

/** Where an opt-out, an opt-in or a choice came from. */
export type OptOutSource = 'banner' | 'link' | 'api' | 'gpc';

/**
 * What an event records: a choice (`consent`), an opt-out of or opt-in to interest-based ads, or `reset()`.
 * A choice that denies interest-based ads to a visitor who was not opted out (Reject all, the advertising switch
 * turned off) is an `optout`; one that allows them again is an `optin`.
 */
export type ConsentLogEventType = 'consent' | 'optout' | 'optin' | 'reset';

/**
 * One logged consent change: what the site's collector stores as proof (GDPR Art. 7(1); US state rules keep
 * opt-out records for 24 months). No IP address, nothing that fingerprints the browser.
 *
 * @example
 * {
 *   id: 'Uakgb_J5m9g-0JDMbcJqL', type: 'optout', consentId: 'V1StGXR8_Z5jdHi6B-myT',
 *   at: '2026-11-26T10:00:00.123Z', revision: 1, source: 'link', method: 'custom',
 *   choices: { advertising: false }, url: 'https://example.com/pricing', dnt: null, gpc: null, sdkVersion: '0.1.0',
 *   notice: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
 * }
 */
export interface ConsentLogEvent {
  /** Random id (nanoid): the collector keys on it, so a resend is a no-op. */
  readonly id: string;
  readonly type: ConsentLogEventType;
  /** The consent record's id (the cookie's), tying the events of one browser together. */
  readonly consentId: string;
  /** When it happened, ISO 8601 with milliseconds, from the visitor's clock. */
  readonly at: string;
  /** The policy revision in force. */
  readonly revision: number;
  readonly source: OptOutSource;
  /** How the choice was given, as stored in the record. */
  readonly method: ConsentMethod;
  /** The choices in force after the event (empty after `reset`). */
  readonly choices: Readonly<Record<string, boolean>>;
  /** The page, without query string or fragment (they may carry personal data). */
  readonly url: string;
  /** Do Not Track as observed: recorded, never used to decide anything. */
  readonly dnt: DntValue;
  /** Global Privacy Control as observed. */
  readonly gpc: boolean | null;
  readonly sdkVersion: string;
  /**
   * SHA-256 (64 hex digits) of the text the visitor read when choosing, whitespace runs collapsed to one space and
   * trimmed (`noticeHash`). Absent when no text was given (the API, a GPC signal, `reset`) or could not be hashed.
   */
  readonly notice?: string;
}

/**
 * Sends events to the site's collector. The default POSTs JSON to `optOut.endpoint`; a site may route events
 * through its own client instead.
 *
 * @example
 * const transport: EventTransport = {
 *   send: async (events) => (await myApi.post('/consent', { events })).acknowledged,
 * };
 */
export interface EventTransport {
  /**
   * Delivers a batch. Resolves with the ids the collector acknowledged (stored, or stored before); rejects when
   * nothing could be delivered (network error, HTTP error). Only acknowledged events leave the queue.
   */
  send(events: readonly ConsentLogEvent[]): Promise<readonly string[]>;
  /** Best effort while the page unloads (`pagehide`); no answer is awaited, so nothing leaves the queue. */
  beacon?(events: readonly ConsentLogEvent[]): boolean;
}

/**
 * The part of Web Storage the durable queue uses: `localStorage` by default, a test double in unit tests. Spelled
 * out rather than picked from `Storage`, so a server's project without the DOM lib can use the package's types.
 */
export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * Delivery of consent events to the site's collector.
 *
 * @example
 * optOut: { endpoint: '/api/consent-log', batchSize: 20 }
 */
export interface OptOutConfig {
  /**
   * Where events are POSTed as `{ "events": [...] }` (http, https or relative; same origin keeps cookies out of
   * it). The collector answers `{ "acknowledged": [ids] }`. Without an endpoint or a transport, events are
   * announced (`logged`) and kept in memory for the page only: nothing is stored, nothing is sent.
   * @default none
   */
  endpoint?: string;
  /** Events per request, 1 to 100. @default 20 */
  batchSize?: number;
  /** First retry after a failed delivery, in ms; doubled on each failure, with jitter. @default 1000 */
  retryDelay?: number;
  /** Longest wait between retries, in ms. @default 300000 (5 minutes) */
  maxRetryDelay?: number;
  /** Sends events another way than `fetch` to `endpoint`. */
  transport?: EventTransport;
  /**
   * Where undelivered events wait (one key per event, `ck_ev:<id>`). When it cannot be written (full,
   * blocked), events wait in memory and are still delivered while the page lives.
   * @default localStorage
   */
  storage?: QueueStorage;
}

/** Payload of the `optout` and `optin` events. */
export interface OptOutEventDetail {
  readonly source: OptOutSource;
  /** The record now in force. */
  readonly record: ConsentRecord;
}

/** Payload of the `logged` (queued) and `delivered` (acknowledged by the collector) events. */
export interface LogEventDetail {
  readonly event: ConsentLogEvent;
  /**
   * `logged` only, with `event.notice`: the text that hash is of, whitespace collapsed. Keep each new one (by its
   * hash) to prove later which wording a choice was made under.
   * @example consent.on('logged', ({ event, text }) => text && archiveWording(event.notice!, text));
   */
  readonly text?: string;
}

/** Options of `optOutOfInterestBasedAds` and `optInToInterestBasedAds`. */
export interface OptOutOptions {
  /** Where the request came from. @default 'api' */
  source?: OptOutSource;
  /**
   * The text the visitor read when choosing, e.g. the banner's `innerText`. Its SHA-256 goes into the logged
   * event as `notice`, so the site can prove which wording a choice was made under (GDPR Art. 7(1)): it keeps each
   * wording it shows, and hashes it the same way (`noticeHash`). `@consentkit/banner-ui` passes it for every choice
   * made in it. Hashing needs `crypto.subtle` (https, localhost): elsewhere the event has no `notice`.
   * @default none
   * @example consent.optOutOfInterestBasedAds({ source: 'link', notice: panel.innerText });
   */
  notice?: string;
}
