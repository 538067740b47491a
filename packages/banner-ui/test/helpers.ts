// Shared test fixtures: an in-memory ConsentKit test double, jsdom stubs, and a mount helper.
import type {
  BlockedWidget,
  CategoryInfo,
  GatedStorage,
  PlaceholderRenderer,
  ChoiceOptions,
  ConsentChoices,
  ConsentEventMap,
  ConsentKit,
  ConsentListener,
  ConsentMethod,
  ConsentLogEvent,
  ConsentRecord,
  Disclosure,
  OptOutOptions,
} from '@consentkit/sdk';
import { act } from 'preact/test-utils';
import { mountBanner } from '../src/index';
import { loadDialogs } from '../src/lazy-dialogs';
import type { BannerHandle, BannerOptions } from '../src/index';

// The dialogs' chunk, loaded once up front: tests of the UI open the dialog synchronously, as a visitor whose
// pointer reached Settings first. lazy-dialogs.test.tsx covers the loading itself.
await loadDialogs();

const category = (id: string, extra: Partial<CategoryInfo> = {}): CategoryInfo => ({
  id,
  required: id === 'necessary',
  builtIn: true,
  services: [],
  cookies: [],
  storage: [],
  indexedDB: [],
  ...extra,
});

/** The five built-ins as the engine resolves them with no config: no labels (the UI supplies them). */
export function builtInCategories(): CategoryInfo[] {
  return [
    category('necessary'),
    category('preferences'),
    category('analytics'),
    category('advertising', { services: [{ id: 'adpartner', label: 'AdPartner Inc.', cookies: [], storage: [], indexedDB: [] }] }),
    category('social'),
  ];
}

/** A call the UI made on the engine. */
export interface RecordedCall {
  method: 'acceptAll' | 'rejectAll' | 'setConsent' | 'reset' | 'optOutOfInterestBasedAds' | 'optInToInterestBasedAds';
  args: unknown[];
}

/**
 * Test double of the engine: implements the public ConsentKit interface in memory and records every call that
 * records a choice. It follows the engine's rules that the UI relies on: nothing granted before a choice, a
 * service follows its category unless set on its own, `change` fires on every choice.
 */
export class FakeConsentKit implements ConsentKit {
  readonly version = '0.0.0-fake';
  gpcHonored = false;
  readonly calls: RecordedCall[] = [];
  record: ConsentRecord | null = null;
  /** A stored record that no longer applies (older revision): see `withPreviousChoice`. */
  previous: ConsentRecord | null = null;
  jurisdiction: 'opt-in' | 'opt-out' = 'opt-in';
  /** The disclosure's industry opt-out pages. */
  industryOptOut = [{ label: 'NAI', url: 'https://optout.networkadvertising.org/' }];
  private readonly listeners = new Map<string, Set<(detail: never) => void>>();

  readonly policyUrl: string | undefined;

  /** `options.policyUrl` defaults to '/privacy'; pass `{ policyUrl: undefined }` for none. */
  constructor(
    private readonly categories: CategoryInfo[] = builtInCategories(),
    options: { policyUrl?: string | undefined } = {},
  ) {
    this.policyUrl = 'policyUrl' in options ? options.policyUrl : '/privacy';
  }

  /** Puts a stored choice in place without going through the UI (a returning visitor). */
  withStoredChoice(choices: Record<string, boolean>): this {
    this.record = this.makeRecord(choices, 'custom');
    return this;
  }

  /**
   * Under the opt-out jurisdiction: everything optional granted until a choice, except `denied` (advertising under
   * GPC, say), as the engine does.
   */
  optOut(denied: string[] = []): this {
    this.jurisdiction = 'opt-out';
    this.defaults = { ...this.everything(true), ...Object.fromEntries(denied.map((id) => [id, false])) };
    return this;
  }
  private defaults: Record<string, boolean> = {};

  /** Puts a record from an older revision in place: nothing granted, its choices offered as they were. */
  withPreviousChoice(choices: Record<string, boolean>): this {
    this.previous = this.makeRecord(choices, 'custom');
    return this;
  }

  /** How many listeners are subscribed, per event. */
  listenerCount(event: keyof ConsentEventMap): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  getConsent(): ConsentRecord | null {
    return this.record;
  }
  getPreviousConsent(): ConsentRecord | null {
    return this.record ? null : this.previous;
  }
  hasConsent(id: string): boolean {
    if (id === 'necessary') return true;
    const choices = this.record?.choices ?? this.defaults;
    const categoryId = id.split(':')[0]!;
    return choices[id] ?? choices[categoryId] ?? false;
  }
  needsConsent(): boolean {
    return this.record === null;
  }
  getCategories(): readonly CategoryInfo[] {
    return this.categories;
  }
  getDisclosure(): Disclosure {
    return {
      revision: 1,
      policyUrl: this.policyUrl,
      jurisdiction: this.jurisdiction,
      categories: this.categories,
      consentCookie: { name: 'ck_consent', expiresAfterDays: 182, refusalExpiresAfterDays: 182 },
      signals: {
        dnt: { honored: false, statement: 'This site does not respond to Do Not Track (DNT) signals.' },
        gpc: { honored: true, statement: 'This site honors Global Privacy Control (GPC) signals as an opt-out of interest-based advertising.' },
      },
      industryOptOut: this.industryOptOut,
    };
  }
  acceptAll(options?: ChoiceOptions): void {
    this.calls.push({ method: 'acceptAll', args: options === undefined ? [] : [options] });
    this.choose(this.everything(true), options?.method ?? 'accept-all');
  }
  rejectAll(options?: ChoiceOptions): void {
    this.calls.push({ method: 'rejectAll', args: options === undefined ? [] : [options] });
    this.choose(this.everything(false), options?.method ?? 'reject-all');
  }
  setConsent(choices: ConsentChoices, options?: ChoiceOptions): void {
    this.calls.push({ method: 'setConsent', args: [choices, options] });
    this.choose({ ...this.everything(false), ...(this.record?.choices ?? this.defaults), ...choices }, options?.method ?? 'api');
  }
  reset(): void {
    this.calls.push({ method: 'reset', args: [] });
    const previous = this.record;
    this.record = null;
    this.emit('change', { record: null, previous, changed: [], external: false });
  }
  storage(): GatedStorage {
    return { getItem: () => null, setItem: () => false, removeItem: () => {} };
  }
  /** The renderer the UI registered, so a test can hand it widgets. */
  renderer: PlaceholderRenderer | undefined;
  renderPlaceholders(render: PlaceholderRenderer): () => void {
    this.renderer = render;
    return () => {
      if (this.renderer === render) this.renderer = undefined;
    };
  }
  optOutOfInterestBasedAds(options?: OptOutOptions): void {
    this.calls.push({ method: 'optOutOfInterestBasedAds', args: [options] });
    if (this.isOptedOutOfInterestBasedAds()) return;
    this.choose({ ...this.record?.choices, advertising: false }, 'custom');
    this.emit('optout', { source: options?.source ?? 'api', record: this.record! });
  }
  optInToInterestBasedAds(options?: OptOutOptions): void {
    this.calls.push({ method: 'optInToInterestBasedAds', args: [options] });
    this.choose({ ...this.record?.choices, advertising: true }, 'custom');
    this.emit('optin', { source: options?.source ?? 'api', record: this.record! });
  }
  isOptedOutOfInterestBasedAds(): boolean {
    return this.record?.choices.advertising === false;
  }
  getPendingEvents(): readonly ConsentLogEvent[] {
    return [];
  }
  on<K extends keyof ConsentEventMap>(event: K, listener: ConsentListener<K>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener as (detail: never) => void);
    return () => set.delete(listener as (detail: never) => void);
  }

  private everything(value: boolean): Record<string, boolean> {
    return Object.fromEntries(this.categories.filter((c) => !c.required).map((c) => [c.id, value]));
  }
  private makeRecord(choices: Record<string, boolean>, method: ConsentMethod): ConsentRecord {
    const now = '2026-11-26T10:00:00.000Z';
    return {
      id: 'fake-record',
      revision: 1,
      createdAt: now,
      updatedAt: now,
      choices,
      method,
      signals: { dnt: null, gpc: null },
      sdkVersion: this.version,
    };
  }
  private choose(choices: Record<string, boolean>, method: ConsentMethod): void {
    const previous = this.record;
    this.record = this.makeRecord(choices, method);
    this.emit('change', { record: this.record, previous, changed: [], external: false });
  }
  emit<K extends keyof ConsentEventMap>(event: K, detail: ConsentEventMap[K]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as ConsentListener<K>)(detail);
  }
}

/**
 * jsdom has no HTMLDialogElement.prototype.showModal/close. These stand-ins keep the parts the UI relies on:
 * `open` reflects the state, close() fires `close` (synchronously here, which is stricter than browsers).
 */
export function stubDialog(): { showModalCalls: HTMLDialogElement[] } {
  const showModalCalls: HTMLDialogElement[] = [];
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    showModalCalls.push(this);
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  return { showModalCalls };
}

export function unstubDialog(): void {
  delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
  delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).close;
}

/** jsdom has constructable stylesheets but no `adoptedStyleSheets`: a plain accessor stands in for it. */
export function stubAdoptedStyleSheets(): void {
  const sheets = new WeakMap<ShadowRoot, CSSStyleSheet[]>();
  Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
    configurable: true,
    get(this: ShadowRoot) {
      return sheets.get(this) ?? [];
    },
    set(this: ShadowRoot, value: CSSStyleSheet[]) {
      sheets.set(this, value);
    },
  });
}

export function unstubAdoptedStyleSheets(): void {
  delete (ShadowRoot.prototype as Partial<ShadowRoot>).adoptedStyleSheets;
}

/** A mounted UI and ways to look inside its shadow root. */
export interface Mounted {
  handle: BannerHandle;
  host: HTMLElement;
  shadow: ShadowRoot;
  query<T extends Element = HTMLElement>(selector: string): T | null;
  queryAll<T extends Element = HTMLElement>(selector: string): T[];
  /** The button whose visible text is exactly `text`, inside `scope` (default the whole shadow root). */
  button(text: string, scope?: ParentNode): HTMLButtonElement;
  banner(): HTMLElement | null;
  dialog(): HTMLDialogElement | null;
  status(): HTMLElement;
  /** Everything the UI shows now, as text: what a choice made now is logged with (`notice`). */
  shown(): string;
  /** Runs an interaction and flushes Preact's queued renders. */
  act(run: () => void): void;
}

export function mount(consent: ConsentKit, options?: BannerOptions): Mounted {
  const handle = mountBanner(consent, options);
  const hosts = document.querySelectorAll<HTMLElement>('[data-consentkit-ui]');
  const host = hosts[hosts.length - 1]!;
  const shadow = host.shadowRoot!;
  const query = <T extends Element>(selector: string) => shadow.querySelector<T>(selector);
  const queryAll = <T extends Element>(selector: string) => [...shadow.querySelectorAll<T>(selector)];
  return {
    handle,
    host,
    shadow,
    query,
    queryAll,
    button(text, scope = shadow) {
      const found = [...scope.querySelectorAll('button')].filter((b) => b.textContent === text);
      if (found.length !== 1) throw new Error(`expected one button "${text}", found ${found.length}`);
      return found[0]!;
    },
    banner: () => query('[role="region"]'),
    dialog: () => query<HTMLDialogElement>('dialog'),
    status: () => query('[role="status"]')!,
    // The status region sits in the element Preact renders into, with everything else that shows.
    shown: () => query('[role="status"]')!.parentElement!.textContent!,
    act(run) {
      act(run);
    },
  };
}

/** The text of the element(s) `element` is labelled by (aria-labelledby), else its aria-label. */
export function labelOf(ui: Mounted, element: Element): string | null {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return element.getAttribute('aria-label');
  return ids
    .split(' ')
    .map((id) => ui.shadow.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Removes every mounted host between tests. */
export function removeHosts(): void {
  for (const host of document.querySelectorAll('[data-consentkit-ui]')) host.remove();
  document.body.innerHTML = '';
}

/** A blocked widget as the engine hands it to a placeholder renderer; `calls` records loadOnce / allow. */
export function fakeWidget(element: Element, consent = 'social'): BlockedWidget & { calls: string[]; notices: (string | undefined)[] } {
  const [category = '', service] = consent.split(':');
  const calls: string[] = [];
  const notices: (string | undefined)[] = [];
  return {
    element,
    consent,
    category,
    service,
    calls,
    notices,
    loadOnce: () => void calls.push('loadOnce'),
    allow: (options) => void (calls.push('allow'), notices.push(options?.notice)),
  };
}
