import { nanoid } from 'nanoid';
import { resolveConfig, type ResolvedConfig } from './config/resolve';
import type { ConsentConfig } from './config/types';
import { own } from './config/schema';
import { validateConfig } from './config/validate';
import { enforce, type Enforcer } from './enforce';
import { gatedStorage } from './enforce/storage';
import { createEmitter } from './events/emitter';
import { defaultChoices } from './jurisdiction/jurisdiction';
import { buildDisclosure } from './policy/disclosure';
import { decodeConsent, encodeConsent, MAX_LENGTH, METHODS } from './record/codec';
import { byCategory, mayOutgrow } from './record/fit';
import { grantedBy, isCurrent, optOutDefaultsOnOptIn } from './record/in-force';
import type { ConsentMethod, ConsentRecord } from './record/types';
import { readDnt } from './signals/dnt';
import { readGpc } from './signals/gpc';
import { cookieStore } from './store/cookie';
import { connectTabs } from './sync/tabs';
import type { ChoiceOptions, ConsentChoices, ConsentEventMap, ConsentKit } from './types';
import { VERSION } from './version';
import { ADVERTISING, optsOut } from './optout/event';
import { createEventLog, type How, type LoadDelivery } from './optout/log';
import type { OptOutOptions, OptOutSource } from './optout/types';
import { SOURCES } from './optout/valid';
import { guardMethods } from './guard';

/** Validates, then resolves; an invalid config is reported once and replaced by the defaults. */
function configure(config: unknown): ResolvedConfig | undefined {
  const problems = validateConfig(config);
  if (!problems.length) return resolveConfig(config as ConsentConfig | undefined);
  console.error(
    `[ConsentKit] Invalid config; using the defaults with everything optional denied until the visitor chooses:\n  - ${problems.join('\n  - ')}`,
  );
}

/**
 * Creates an independent ConsentKit instance. Reads the stored choice at once; renders nothing.
 * An invalid config is reported once through `console.error` (every problem, with its path), and the instance
 * falls back to the defaults with everything optional denied and the banner due: it never throws.
 *
 * @example
 * import { createConsent } from '@consentkit/sdk';
 * const consent = createConsent({ revision: 2, policyUrl: '/privacy' });
 * consent.on('change', () => { if (consent.hasConsent('analytics')) loadAnalytics(); });
 */
/* @__NO_SIDE_EFFECTS__ */
export function createConsent(config?: ConsentConfig): ConsentKit {
  return createConsentWith(config, () => import('./optout/delivery-entry'));
}

/** `createConsent`, with the event delivery code loaded another way: the script-tag embed imports it by URL. */
/* @__NO_SIDE_EFFECTS__ */
export function createConsentWith(config: ConsentConfig | undefined, loadDelivery: LoadDelivery): ConsentKit {
  const valid = configure(config);
  const resolved = valid ?? resolveConfig();
  const { cookie, categories } = resolved;
  // Own options only, as validateConfig checked them: an inherited `store` or `sync` was never validated.
  const options: ConsentConfig = valid ? { ...config } : {};
  const store = options.store || cookieStore(cookie);
  const emitter = createEmitter<ConsentEventMap>();
  // Everything the instance listens to (other tabs, the page, the DOM) stops with it: see destroy().
  const destroyer = new AbortController();
  const { signal } = destroyer;
  const optional = categories.filter((category) => !category.required);
  // Every id a choice can name: optional categories and `category:service`.
  const keys = optional.flatMap(({ id, services }) => [id, ...services.map((service) => `${id}:${service.id}`)]);
  if (mayOutgrow(keys)) {
    console.warn(`[ConsentKit] many services: set one by one, they can outgrow a stored choice (${MAX_LENGTH} characters) and then follow their category; more categories store nothing`);
  }

  // An invalid config must not silently honour a record written under some other config.
  /** The stored value (undefined: none); null when the store throws (a site's own, cookies blocked), reported. */
  const readStore = (): string | undefined | null => {
    try {
      return store.read();
    } catch (error) {
      console.error('[ConsentKit] could not read the stored choice:', error);
      return null;
    }
  };
  const stored = valid ? decodeConsent(readStore()) : null;
  let record = stored && isCurrent(resolved, stored) ? stored : null;
  // A record that no longer applies (older revision, expired): nothing is granted from it, and the UI shows its
  // choices as they were. One made under opt-out is not shown on an opt-in page view: its grants were defaults.
  let previous = record || optOutDefaultsOnOptIn(stored, resolved) ? null : stored;
  // Global Privacy Control, honored by default: a GPC opt-out request is binding in California (CCPA regs
  // § 7025) and Colorado, and a reasonable default elsewhere. `gpcHonored` is fixed for the page view.
  const gpcHonored = resolved.gpc === 'honor' && readGpc() === true;
  // What is in force: the defaults of the jurisdiction, overridden by the record's choices.
  const optionalIds = optional.map(({ id }) => id);
  const inForce = () => ({ ...defaultChoices(resolved.jurisdiction, optionalIds, previous, gpcHonored), ...record?.choices });
  let granted = grantedBy(resolved, inForce());
  // An opt-out outlives the policy revision it was made under: it is the visitor's request, not an answer to the
  // policy text. A stale record (older revision) still opts out until the visitor answers again; `reset()` forgets it.
  let carried = record ? null : stored;
  const isOptedOut = () => optsOut(record ?? carried);

  // Events of the GPC opt-out applied while the instance is created are emitted a microtask later, so listeners
  // added right after createConsent (the embed's queued calls, the enforcer) hear them.
  let starting = true;
  const emit = <K extends keyof ConsentEventMap>(name: K, detail: ConsentEventMap[K]) => {
    const run = () => {
      if (signal.aborted) return;
      emitter.emit(name, detail);
      // The global function, not `window.`: a server's stubbed `window` may have none.
      if (resolved.domEvents && typeof dispatchEvent == 'function') dispatchEvent(new CustomEvent(`consentkit:${name}`, { detail }));
    };
    if (starting) queueMicrotask(run);
    else run();
  };
  // Not stopped by destroy(): what was logged is still beaconed when the page goes, and sent when it is back online.
  const log = createEventLog(resolved.optOut, emit, loadDelivery);

  const encoded = (value: ConsentRecord | null) => (value ? encodeConsent(value) : '');

  /**
   * Puts `next` in force and logs the change; `external` when another tab already stored it (and logged it), so it
   * is neither written, announced nor logged here. `type` is given by the opt-out methods; otherwise a choice that
   * denies interest-based ads to a visitor who was not opted out is an `optout` (the site's policy: "Reject all"
   * opts out), one that allows them again an `optin`, anything else a `consent`.
   */
  function commit(next: ConsentRecord | null, external = false, { source = 'api', type, notice }: How = {}): void {
    if (signal.aborted) return void console.warn('[ConsentKit] destroyed: nothing recorded');
    const prior = record;
    const before = granted;
    const wasOptedOut = isOptedOut();
    record = next;
    previous = null;
    granted = grantedBy(resolved, inForce());
    if (!external) {
      // A store that throws (a site's own store, storage blocked) must not undo the choice: it holds for this
      // page view, and listeners still hear of it, so the UI closes and enforcement follows.
      let value = encoded(next);
      try {
        // Categories alone too long (the config was warned about): nothing is stored, and the older record goes too,
        // so the next page view asks again. Other tabs hear what this tab holds (also when the store throws).
        const long = value.length > MAX_LENGTH;
        if (long) value = '';
        if (value) store.write(value, keys.some((key) => granted.has(key)) ? cookie.expiresAfterDays : cookie.refusalExpiresAfterDays);
        else store.clear();
        if (long) throw new Error(`over ${MAX_LENGTH} characters`);
      } catch (error) {
        console.error('[ConsentKit] could not store the choice; it holds for this page only:', error);
      }
      announce?.(value);
    }
    if (next && !prior) emit('consent', { record: next });
    emit('change', { record: next, previous: prior, changed: keys.filter((key) => before.has(key) !== granted.has(key)), external });
    const logged = next ?? prior ?? carried;
    if (!next) carried = null;
    if (external) return;
    const optedOut = isOptedOut();
    type ??= !next ? 'reset' : optedOut && !wasOptedOut ? 'optout' : wasOptedOut && !optedOut ? 'optin' : 'consent';
    if (next && (type === 'optout' || type === 'optin')) emit(type, { source, record: next });
    if (logged) log.add(type, source, logged, resolved.revision, notice);
  }

  // Internal hook for sync/: a record another tab stored ('' for none). Taken as it would be on a reload here (of
  // another revision or expired means none); ignored when it is what this tab has, or older (two tabs choosing at
  // once end on the newest). Two choices in the same second (timestamps are whole seconds) tie: both tabs keep the
  // one the store holds, the last. A value that does not decode (junk on the channel, another SDK version's format)
  // says nothing about the choice: it is ignored, so it cannot undo an opt-out.
  function receive(value: string): void {
    try {
      const decoded = decodeConsent(value);
      if (value && !decoded) return;
      const next = decoded && isCurrent(resolved, decoded) ? decoded : null;
      if (encoded(next) === encoded(record) || (next && record && next.updatedAt < record.updatedAt)) return;
      if (next && record && next.updatedAt === record.updatedAt && readStore() !== value) return;
      commit(next, true);
    } catch (error) {
      console.error('[ConsentKit] could not apply a choice made in another tab:', error);
    }
  }
  const announce =
    valid && (options.sync ?? !options.store) && typeof addEventListener == 'function'
      ? connectTabs(`consentkit:${cookie.name}`, receive, signal)
      : undefined;
  // A page restored from the back/forward cache may have missed changes made meanwhile.
  if (announce) {
    addEventListener('pageshow', (event) => {
      const value = event.persisted ? readStore() : null;
      // A read that failed says nothing about the choice: it is kept.
      if (value !== null) receive(value ?? '');
    }, { signal });
  }

  function choose(choices: Record<string, boolean>, method: ConsentMethod, how: How): void {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const next = {
      id: record?.id ?? stored?.id ?? nanoid(),
      revision: resolved.revision,
      createdAt: record?.createdAt ?? now,
      updatedAt: now,
      choices,
      method,
      signals: { dnt: readDnt(), gpc: readGpc() },
      sdkVersion: VERSION,
      ...(resolved.jurisdiction === 'opt-out' && { jurisdiction: 'opt-out' as const }),
    };
    // Too long to store, and so to read back: each category is stored as one, never granting more.
    if (encodeConsent(next).length > MAX_LENGTH) {
      console.error('[ConsentKit] too many services set one by one to store: each category is stored as one');
      next.choices = byCategory(choices);
    }
    commit(next, false, { ...how, source: how.source ?? (method === 'api' ? 'api' : 'banner') });
  }

  /** Every category set to `value`; per-service choices dropped, so services follow their category. */
  const everything = (value: boolean) => Object.fromEntries(optional.map(({ id }) => [id, value]));

  // Options the types do not allow (a script-tag site's typo) are dropped for the defaults: an unknown method
  // would store a value that cannot be read back, an unknown source log an event the collector refuses.
  const listed = <T>(list: readonly unknown[], value: T | undefined): T | undefined => (list.includes(value) ? value : undefined);
  const sourceOf = (options?: OptOutOptions): OptOutSource => listed(SOURCES, options?.source) ?? 'api';
  const chosen = (choices: Record<string, boolean>, method: ConsentMethod, options?: ChoiceOptions) =>
    choose(choices, listed(METHODS, options?.method) ?? method, { source: listed(SOURCES, options?.source), notice: options?.notice });
  /** Advertising and its services set to `allowed`, the visitor's other answers kept (unanswered stay unanswered). */
  function interestBasedAds(allowed: boolean, source: OptOutSource, notice?: string): void {
    const choices = Object.fromEntries(Object.entries(record?.choices ?? {}).filter(([key]) => !key.startsWith(`${ADVERTISING}:`)));
    choices[ADVERTISING] = allowed;
    choose(choices, source === 'api' || source === 'gpc' ? 'api' : 'custom', { source, type: allowed ? 'optin' : 'optout', notice });
  }

  let enforcer: Enforcer | undefined;
  const api: ConsentKit = {
    version: VERSION,
    policyUrl: resolved.policyUrl,
    jurisdiction: resolved.jurisdiction,
    getConsent: () => record,
    getPreviousConsent: () => previous,
    hasConsent: (category) => granted.has(category),
    needsConsent: () => !record || optional.some(({ id }) => own(record!.choices, id) === undefined),
    getCategories: () => categories,
    // The site's policy, whatever this browser sends.
    getDisclosure: () => buildDisclosure(resolved, resolved.gpc === 'honor'),
    gpcHonored,
    acceptAll(options?: ChoiceOptions) {
      // Under an honored GPC signal, "Accept all" is not an explicit opt-in to interest-based ads: only a choice
      // that names them (the advertising switch, optInToInterestBasedAds) overrides the signal (CCPA regs
      // § 7025(c)(3)). Advertising keeps its current answer.
      const choices = everything(true);
      if (gpcHonored && isOptedOut()) choices[ADVERTISING] = false;
      chosen(choices, 'accept-all', options);
    },
    rejectAll: (options?: ChoiceOptions) => chosen(everything(false), 'reject-all', options),
    setConsent(choices: ConsentChoices, options?: ChoiceOptions) {
      const next = { ...everything(false), ...inForce() };
      let named = 0;
      let ignored = 0;
      for (const [key, value] of Object.entries(choices)) {
        if (keys.includes(key) && typeof value === 'boolean') (next[key] = value), named++;
        else console.warn(`[ConsentKit] setConsent ignored "${key}": not an optional category or service, or not a boolean`), ignored++;
      }
      // Only names that are not choices (a typo): nothing is recorded, least of all a refusal. `{}` records what is
      // in force as the answer (the opt-out notice's OK).
      if (named || !ignored) chosen(next, 'api', options);
    },
    reset: () => commit(null),
    on: (event, listener) => (signal.aborted ? () => {} : emitter.on(event, listener)),
    storage: (category, type) => gatedStorage(() => granted.has(category), type === 'session' ? type : 'local'),
    renderPlaceholders: (render) => (!signal.aborted && enforcer?.renderPlaceholders(render)) || (() => {}),
    optOutOfInterestBasedAds(options?: OptOutOptions) {
      if (!isOptedOut()) interestBasedAds(false, sourceOf(options), options?.notice);
    },
    optInToInterestBasedAds(options?: OptOutOptions) {
      if (isOptedOut() || !granted.has(ADVERTISING)) interestBasedAds(true, sourceOf(options), options?.notice);
    },
    isOptedOutOfInterestBasedAds: isOptedOut,
    getPendingEvents: () => log.pending(),
    destroy() {
      // Told first, so what was built on the instance (the GPP CMP, a site's own code) can stop with it.
      if (!signal.aborted) emit('destroy', {}), destroyer.abort(), emitter.clear();
    },
  };
  // GPC is applied before anything else can read the instance or enforce it: ad code that asks
  // hasConsent('advertising') after this line already gets false, and blocked ad scripts never run. Once per
  // browser: the opt-out is stored, so later page views find it. A visitor who explicitly allowed interest-based
  // ads while sending GPC (the record says so) keeps that choice.
  try {
    if (gpcHonored && !isOptedOut() && !(record?.signals.gpc && granted.has(ADVERTISING))) interestBasedAds(false, 'gpc');
  } catch (error) {
    console.error('[ConsentKit] could not apply Global Privacy Control:', error);
  }
  starting = false;
  guardMethods(api);
  // In a browser the instance enforces the answer itself (enforce/); on a server it only answers.
  if (typeof document === 'object') {
    try {
      enforcer = enforce(api, resolved, signal, log.settled);
    } catch (error) {
      console.error('[ConsentKit] could not start enforcing consent:', error);
    }
  }
  return Object.freeze(api);
}
