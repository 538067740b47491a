import type { CookieDeclaration, DatabaseDeclaration, StorageDeclaration } from './config/types';
import type { Jurisdiction } from './jurisdiction/jurisdiction';
import type { Disclosure } from './policy/types';
import type { ConsentLogEvent, LogEventDetail, OptOutEventDetail, OptOutOptions, OptOutSource } from './optout/types';
import type { ConsentMethod, ConsentRecord } from './record/types';

/** What a category or service declares it stores, after config is resolved (bare strings become objects). */
export interface DeclaredStorage {
  /** Cookies, by name or `*` pattern. */
  readonly cookies: readonly CookieDeclaration[];
  /** localStorage / sessionStorage keys or `*` patterns (no `type`: both). */
  readonly storage: readonly StorageDeclaration[];
  /** IndexedDB database names or `*` patterns. */
  readonly indexedDB: readonly DatabaseDeclaration[];
}

/** A named service as the UI and disclosures see it. */
export interface ServiceInfo extends DeclaredStorage {
  /** Service id; consent for it is `category:service`. */
  readonly id: string;
  /** Label from config, if any. */
  readonly label?: string;
  /** Description from config, if any. */
  readonly description?: string;
}

/** A category as the UI and disclosures see it, after config is resolved. */
export interface CategoryInfo extends DeclaredStorage {
  /** Category id, e.g. `analytics`. */
  readonly id: string;
  /** Label from config, or undefined for a built-in left unlabelled (the UI supplies its translated default). */
  readonly label?: string;
  /** Description from config, if any. */
  readonly description?: string;
  /** True for `necessary`: always granted, shown as "always on", never a toggle. */
  readonly required: boolean;
  /** True for the five built-in ids. */
  readonly builtIn: boolean;
  /** Named services in this category. */
  readonly services: readonly ServiceInfo[];
}

/**
 * localStorage or sessionStorage gated by consent, from `consent.storage(category)`. Never throws: without
 * consent, or when the browser refuses (storage disabled, quota full), reads give null and writes false.
 *
 * @example
 * const prefs = consent.storage('preferences');
 * if (!prefs.setItem('volume', '0.8')) keepForThisPageOnly(0.8);
 */
export interface GatedStorage {
  /** The stored value; null when there is none, consent is missing, or storage is unavailable. */
  getItem(key: string): string | null;
  /** Stores the value and returns true; returns false and stores nothing without consent or when storage refuses. */
  setItem(key: string, value: string): boolean;
  /** Removes the key, with or without consent (removing stores nothing). */
  removeItem(key: string): void;
}

/**
 * The DOM's `Element` where the DOM lib is loaded (any browser project), else `object`: the engine also runs on
 * servers, whose projects may have only @types/node, and the package's types must check there too.
 */
export type DomElement = typeof globalThis extends { Element: { prototype: infer E } } ? E : object;

/**
 * An element guarded by `data-consent` that is not loaded, and would show a click-to-load placeholder: any
 * guarded element of the `social` category but scripts and links, and any other guarded element marked
 * `data-placeholder`. The engine decides; a renderer (`@consentkit/banner-ui`'s `mountPlaceholders`) shows it.
 */
export interface BlockedWidget {
  /**
   * The guarded element. It stays in the page, unloaded; a renderer usually hides it behind its placeholder.
   * Read it again after loading: an iframe is loaded as a new element (the only way Chromium navigates a frame
   * the parser inserted), and this then returns that one.
   */
  readonly element: DomElement;
  /** Its `data-consent` value: `social` or `social:chirp`. */
  readonly consent: string;
  /** The category id, e.g. `social`. */
  readonly category: string;
  /** The service id when `data-consent` names one the config declares, e.g. `chirp`. */
  readonly service: string | undefined;
  /** Loads this widget, and the guarded elements of its category inside it, for this page view only: records nothing. */
  loadOnce(): void;
  /**
   * Grants the widget's category, so every widget of it loads, now and on later visits; also its service when the
   * visitor had turned that one off on its own. `notice`: the placeholder's text, logged as a choice's is.
   */
  allow(options?: Pick<ChoiceOptions, 'notice'>): void;
}

/**
 * Shows a placeholder for a blocked widget and returns what removes it (called when the widget loads).
 * @example const render: PlaceholderRenderer = (widget) => { const note = show(widget); return () => note.remove(); };
 */
export type PlaceholderRenderer = (widget: BlockedWidget) => (() => void) | void;

/** Choices to apply: `true` grants, `false` denies. Keys are category ids or `category:service`. */
export type ConsentChoices = Readonly<Record<string, boolean>>;

/** Options for the methods that record a choice. */
export interface ChoiceOptions extends Pick<OptOutOptions, 'notice'> {
  /**
   * How the choice was made. @default 'api' for `setConsent`; the button's method for acceptAll/rejectAll
   */
  method?: ConsentMethod;
  /** Where the choice was made, for the event log. @default 'api' when the method is 'api', else 'banner' */
  source?: OptOutSource;
}

/**
 * Payload of the `consent` event: a record is stored where there was none. The visitor's first choice on this
 * browser, and again after `reset()` or when a new policy revision is answered; also a GPC opt-out applied on
 * arrival, which is stored as a record (`method: 'api'`) without a click.
 */
export interface ConsentEventDetail {
  readonly record: ConsentRecord;
}

/** Payload of the `change` event: any change, including the first choice and `reset()`. */
export interface ChangeEventDetail {
  /** The record now in force, or null after `reset()`. */
  readonly record: ConsentRecord | null;
  /** The record before, or null when there was none. */
  readonly previous: ConsentRecord | null;
  /** Ids (categories and `category:service`) whose effective consent changed. */
  readonly changed: readonly string[];
  /** True when the change came from another tab or window. */
  readonly external: boolean;
}

/** Every event an instance emits, by name, with its payload. */
export interface ConsentEventMap {
  consent: ConsentEventDetail;
  change: ChangeEventDetail;
  /** The visitor opted out of interest-based ads (any source, Reject all included). */
  optout: OptOutEventDetail;
  /** The visitor allowed interest-based ads: `optInToInterestBasedAds()`, or a choice that allows them again after an opt-out. */
  optin: OptOutEventDetail;
  /** An event was queued for the collector: the moment the change is on record in the browser. */
  logged: LogEventDetail;
  /** The collector acknowledged an event (fired in the tab that delivered it). */
  delivered: LogEventDetail;
  /** `destroy()` was called: the last event, for what was built on the instance to stop with it. */
  destroy: Readonly<Record<string, never>>;
}

/** Listener for event `K`. */
export type ConsentListener<K extends keyof ConsentEventMap> = (detail: ConsentEventMap[K]) => void;

/**
 * One ConsentKit instance. Every method is safe to call at any time: none throws into the host page. None uses
 * `this`, so a method can be passed on by itself (`const { rejectAll } = consent`).
 *
 * @example
 * const consent = createConsent();
 * if (consent.hasConsent('analytics')) startAnalytics();
 * const off = consent.on('change', ({ changed }) => console.log('changed', changed));
 */
export interface ConsentKit {
  /** SDK version, e.g. `0.1.0`. */
  readonly version: string;
  /** Privacy policy link from config, checked to be http, https or relative. */
  readonly policyUrl: string | undefined;
  /**
   * The jurisdiction of this page view, from the config's `jurisdiction` (and `region`). Under `'opt-out'` the
   * optional categories are granted until the visitor opts out, and the UI shows a notice instead of a banner.
   */
  readonly jurisdiction: Jurisdiction;
  /**
   * The stored record in force, or null when there is none (or it is invalid or stale). A GPC opt-out applied on
   * arrival is stored as a record without a click: ask `needsConsent()` whether the visitor still has to answer.
   */
  getConsent(): ConsentRecord | null;
  /**
   * The stored record that no longer applies (from an older `revision`, or past its lifetime), or null. Nothing
   * is granted from it: it lets the UI show the visitor's previous choices as they were when asking again.
   * Null once the visitor chooses, and for a record made under the opt-out jurisdiction on an opt-in page view.
   * @example
   * const switches = (consent.getConsent() ?? consent.getPreviousConsent())?.choices ?? {};
   */
  getPreviousConsent(): ConsentRecord | null;
  /**
   * Whether `category` (or `category:service`) is granted. `necessary` is always true; unknown ids are false, and
   * so is anything optional before a choice, except under the opt-out jurisdiction. Answers from memory: cheap
   * enough to call per event.
   * @example consent.hasConsent('advertising:adpartner')
   */
  hasConsent(category: string): boolean;
  /**
   * True when the visitor must be asked: no valid record, an older revision, an expired choice or a new category.
   * The UI then shows the banner, or under the opt-out jurisdiction the notice.
   */
  needsConsent(): boolean;
  /** Categories in display order: built-ins first, then the site's own. */
  getCategories(): readonly CategoryInfo[];
  /**
   * What the site discloses, built from the config: each category's purpose, services and what it stores (the
   * consent cookie included), the advertising partners and where to opt out, and the statements on DNT (never
   * honored) and GPC. `@consentkit/banner-ui` renders it as a cookie declaration.
   * @example
   * const { signals } = consent.getDisclosure();
   * footer.textContent = signals.dnt.statement; // 'This site does not respond to Do Not Track (DNT) signals.'
   */
  getDisclosure(): Disclosure;
  /**
   * Grant every category and service. Under an honored GPC signal an opted-out visitor stays opted out of
   * interest-based ads (`advertising` denied): only a choice that names them, such as `optInToInterestBasedAds()`,
   * overrides the signal.
   */
  acceptAll(options?: ChoiceOptions): void;
  /** Deny every optional category and service. */
  rejectAll(options?: ChoiceOptions): void;
  /**
   * Set some choices; categories not named keep the value in force (never answered: denied under the opt-in
   * jurisdiction, its default, granted, under opt-out), and the result is the visitor's answer. Names that are not optional categories or services, or values that are not booleans, are
   * ignored with a warning; a call that names nothing else records nothing. `{}` records what is in force.
   * @example consent.setConsent({ analytics: true, 'advertising:adpartner': false })
   */
  setConsent(choices: ConsentChoices, options?: ChoiceOptions): void;
  /**
   * Forget the stored choice, an opt-out included: the jurisdiction's defaults are in force again (everything
   * optional denied under opt-in, granted under opt-out) and the banner shows again.
   */
  reset(): void;
  /**
   * Web storage gated by consent for `category` (or `category:service`), checked on every call, so a withdrawal
   * takes effect at once. Declare the keys in the category's `storage` so they are deleted on withdrawal.
   * @param type which storage. @default 'local'
   * @example consent.storage('preferences').setItem('volume', '0.8') // false, and nothing stored, without consent
   */
  storage(category: string, type?: 'local' | 'session'): GatedStorage;
  /**
   * Sets what renders click-to-load placeholders for blocked widgets: called for each one now and whenever
   * another is found, and its cleanup when the widget loads. One renderer at a time; returns a function that
   * removes every placeholder and stops rendering. The script tag does this itself (loading the placeholder UI
   * only when a page has a blocked widget); with npm, `mountPlaceholders(consent)` from `@consentkit/banner-ui`.
   * @example const stop = consent.renderPlaceholders((widget) => drawPlaceholder(widget));
   */
  renderPlaceholders(render: PlaceholderRenderer): () => void;
  /**
   * Listen to an event; returns a function that stops listening. A listener that throws does not stop the others.
   * @example const off = consent.on('consent', ({ record }) => log(record.id)); off();
   */
  on<K extends keyof ConsentEventMap>(event: K, listener: ConsentListener<K>): () => void;
  /**
   * Opts the visitor out of interest-based ads: denies the `advertising` category and its services, keeps the
   * other answers (unanswered categories stay unanswered, so the banner still asks), stores the opt-out and logs
   * an `optout` event. Generic ads may continue. Does nothing when already opted out.
   * @example document.querySelector('#ads-optout').onclick = () => consent.optOutOfInterestBasedAds({ source: 'link' });
   */
  optOutOfInterestBasedAds(options?: OptOutOptions): void;
  /**
   * Allows interest-based ads again: grants `advertising` and logs an `optin` event. This is the explicit choice
   * that overrides an honored GPC signal. Does nothing when they are already allowed.
   * @example consent.optInToInterestBasedAds({ source: 'banner' });
   */
  optInToInterestBasedAds(options?: OptOutOptions): void;
  /**
   * True when the visitor opted out of interest-based ads (the opt-out link, Reject all, the advertising switch,
   * GPC). Before any choice it is false, although advertising is denied then too.
   * @example if (consent.isOptedOutOfInterestBasedAds()) showGenericAds();
   */
  isOptedOutOfInterestBasedAds(): boolean;
  /**
   * Events not yet acknowledged by the collector, oldest first: this tab's, other tabs' and earlier visits'. A
   * stored entry that is not a valid event (edited by another script, say) may be listed here, but is never sent.
   * @example console.table(consent.getPendingEvents());
   */
  getPendingEvents(): readonly ConsentLogEvent[];
  /**
   * Stops the instance, for a single-page app that replaces it (hot reload, a test, a re-mounted root): it stops
   * listening to other tabs, the page and the DOM, stops enforcing (what was loaded stays loaded, what is blocked
   * stays blocked, the placeholders it drew go: destroy it before creating its successor), tells its `destroy` listeners (the GPP CMP uninstalls itself), and forgets them all; `on()`
   * then registers nothing. It still answers from memory (`hasConsent`, `getConsent`), but records nothing more: a
   * choice made on it is ignored with a warning. Events already logged are still beaconed and delivered. The
   * script tag's `window.ConsentKit` has no `destroy`: it serves the page for as long as it is open.
   * @example
   * const consent = createConsent(config);
   * if (import.meta.hot) import.meta.hot.dispose(() => consent.destroy());
   */
  destroy(): void;
  /**
   * True when the browser sends Global Privacy Control and the config honors it (`gpc: 'honor'`, the default):
   * the visitor was opted out of interest-based ads unless they explicitly opted back in. The UI then shows
   * "Opt-out request honored".
   */
  readonly gpcHonored: boolean;
}
