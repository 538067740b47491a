import { nanoid } from 'nanoid';
import { NECESSARY } from './categories/builtin';
import { resolveConfig, type ResolvedConfig } from './config/resolve';
import type { ConsentConfig } from './config/types';
import { validateConfig } from './config/validate';
import { createEmitter } from './events/emitter';
import { decodeConsent, encodeConsent } from './record/codec';
import type { ConsentMethod, ConsentRecord } from './record/types';
import { readDnt } from './signals/dnt';
import { readGpc } from './signals/gpc';
import { cookieStore } from './store/cookie';
import type { RecordStore } from './store/types';
import type { ChoiceOptions, ConsentChoices, ConsentEventMap, ConsentKit } from './types';
import { VERSION } from './version';

const DAY_MS = 86_400_000;

/** Runs `action`; on any error reports it and returns `fallback`. The SDK never throws into the host page. */
function guard<T>(name: string, action: () => T, fallback: T): T {
  try {
    return action();
  } catch (error) {
    console.error(`[ConsentKit] ${name} failed:`, error);
    return fallback;
  }
}

const nowIso = (): string => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();

/** Every id a choice can be about: optional categories and their services as `category:service`. */
function choiceKeys(config: ResolvedConfig): string[] {
  return config.categories
    .filter((category) => !category.required)
    .flatMap((category) => [category.id, ...category.services.map((service) => `${category.id}:${service.id}`)]);
}

/** Granted ids for a record under a config: what `hasConsent` answers from. */
function grantedSet(config: ResolvedConfig, record: ConsentRecord | null): Set<string> {
  const granted = new Set<string>([NECESSARY]);
  if (!record) return granted;
  for (const category of config.categories) {
    if (category.required) continue;
    const categoryGranted = record.choices[category.id] === true;
    if (categoryGranted) granted.add(category.id);
    for (const service of category.services) {
      const key = `${category.id}:${service.id}`;
      if ((record.choices[key] ?? categoryGranted) === true) granted.add(key);
    }
  }
  return granted;
}

/** A stored record answers the current config when it has its revision and is not past its lifetime. */
function isCurrent(config: ResolvedConfig, record: ConsentRecord, now: number): boolean {
  if (record.revision !== config.revision) return false;
  const refused = Object.values(record.choices).every((granted) => !granted);
  const days = refused ? config.cookie.refusalExpiresAfterDays : config.cookie.expiresAfterDays;
  return now - Date.parse(record.updatedAt) < days * DAY_MS;
}

function dispatchDomEvent(name: string, detail: unknown): void {
  if (typeof window === 'undefined' || typeof CustomEvent !== 'function') return;
  window.dispatchEvent(new CustomEvent(`consentkit:${name}`, { detail }));
}

function configure(config: unknown): { resolved: ResolvedConfig; valid: boolean } {
  const problems = validateConfig(config);
  if (problems.length === 0) return { resolved: resolveConfig(config as ConsentConfig | undefined), valid: true };
  console.error(
    `[ConsentKit] Invalid config; using the defaults with everything optional denied until the visitor chooses:\n` +
      problems.map((problem) => `  - ${problem}`).join('\n'),
  );
  return { resolved: resolveConfig(), valid: false };
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
  const { resolved, valid } = configure(config);
  const store: RecordStore =
    (valid && config?.store) ||
    cookieStore({ name: resolved.cookie.name, domain: resolved.cookie.domain, path: resolved.cookie.path });
  const emitter = createEmitter<ConsentEventMap>();
  const keys = choiceKeys(resolved);

  // An invalid config must not silently honour a record written under some other config.
  const stored = valid ? guard('reading the stored record', () => decodeConsent(store.read()), null) : null;
  let record: ConsentRecord | null = stored && isCurrent(resolved, stored, Date.now()) ? stored : null;
  let granted = grantedSet(resolved, record);

  function commit(next: ConsentRecord | null, external = false): void {
    const previous = record;
    const before = granted;
    record = next;
    granted = grantedSet(resolved, next);
    const changed = keys.filter((key) => before.has(key) !== granted.has(key));
    if (next) {
      const refused = keys.every((key) => !granted.has(key));
      store.write(encodeConsent(next), refused ? resolved.cookie.refusalExpiresAfterDays : resolved.cookie.expiresAfterDays);
    } else {
      store.clear();
    }
    const detail = { record: next, previous, changed, external };
    if (next && !previous) {
      emitter.emit('consent', { record: next });
      if (resolved.domEvents) dispatchDomEvent('consent', { record: next });
    }
    emitter.emit('change', detail);
    if (resolved.domEvents) dispatchDomEvent('change', detail);
  }

  function choose(choices: Record<string, boolean>, method: ConsentMethod): void {
    const now = nowIso();
    commit(
      Object.freeze({
        id: record?.id ?? stored?.id ?? nanoid(),
        revision: resolved.revision,
        createdAt: record?.createdAt ?? now,
        updatedAt: now,
        choices: Object.freeze(choices),
        method,
        signals: Object.freeze({ dnt: readDnt(), gpc: readGpc() }),
        sdkVersion: VERSION,
      }),
    );
  }

  /** Every category set to `value`; per-service overrides dropped so services follow their category. */
  const everything = (value: boolean): Record<string, boolean> =>
    Object.fromEntries(resolved.categories.filter((c) => !c.required).map((c) => [c.id, value]));

  return Object.freeze({
    version: VERSION,
    policyUrl: resolved.policyUrl,
    getConsent: () => record,
    hasConsent: (category: string) => granted.has(category),
    needsConsent: () => guard('needsConsent', () => !record || keys.some((key) => !key.includes(':') && !(key in record!.choices)), true),
    getCategories: () => resolved.categories,
    acceptAll: (options?: ChoiceOptions) =>
      guard('acceptAll', () => choose(everything(true), options?.method ?? 'accept-all'), undefined),
    rejectAll: (options?: ChoiceOptions) =>
      guard('rejectAll', () => choose(everything(false), options?.method ?? 'reject-all'), undefined),
    setConsent: (choices: ConsentChoices, options?: ChoiceOptions) =>
      guard(
        'setConsent',
        () => {
          const next: Record<string, boolean> = { ...everything(false), ...record?.choices };
          for (const [key, value] of Object.entries(choices ?? {})) {
            if (keys.includes(key) && typeof value === 'boolean') next[key] = value;
            else console.warn(`[ConsentKit] setConsent: ignored "${key}" (not an optional category or service, or not a boolean)`);
          }
          choose(next, options?.method ?? 'api');
        },
        undefined,
      ),
    reset: () => guard('reset', () => commit(null), undefined),
    on: <K extends keyof ConsentEventMap>(event: K, listener: (detail: ConsentEventMap[K]) => void) =>
      guard('on', () => emitter.on(event, listener), () => {}),
  });
}
