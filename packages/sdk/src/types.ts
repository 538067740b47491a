import type { ConsentMethod, ConsentRecord } from './record/types';

/** A category as the UI and disclosures see it, after config is resolved. */
export interface CategoryInfo {
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
  readonly services: readonly { readonly id: string; readonly label?: string; readonly description?: string }[];
}

/** Choices to apply: `true` grants, `false` denies. Keys are category ids or `category:service`. */
export type ConsentChoices = Readonly<Record<string, boolean>>;

/** Options for the methods that record a choice. */
export interface ChoiceOptions {
  /**
   * How the choice was made. @default 'api' for `setConsent`; the button's method for acceptAll/rejectAll
   */
  method?: ConsentMethod;
}

/** Payload of the `consent` event: the visitor's first choice on this browser. */
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
}

/** Listener for event `K`. */
export type ConsentListener<K extends keyof ConsentEventMap> = (detail: ConsentEventMap[K]) => void;

/**
 * One ConsentKit instance. Every method is safe to call at any time: none throws into the host page.
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
  /** The stored record in force, or null when the visitor has not chosen (or the record is invalid or stale). */
  getConsent(): ConsentRecord | null;
  /**
   * Whether `category` (or `category:service`) is granted. `necessary` is always true; unknown ids and
   * anything before a choice are false. Answers from memory: cheap enough to call per event.
   * @example consent.hasConsent('advertising:adpartner')
   */
  hasConsent(category: string): boolean;
  /** True when the banner must be shown: no valid record, an older revision, an expired choice or a new category. */
  needsConsent(): boolean;
  /** Categories in display order: built-ins first, then the site's own. */
  getCategories(): readonly CategoryInfo[];
  /** Grant every category and service. */
  acceptAll(options?: ChoiceOptions): void;
  /** Deny every optional category and service. */
  rejectAll(options?: ChoiceOptions): void;
  /**
   * Set some choices; categories not named keep their current value (denied if none).
   * @example consent.setConsent({ analytics: true, 'advertising:adpartner': false })
   */
  setConsent(choices: ConsentChoices, options?: ChoiceOptions): void;
  /** Forget the stored choice: everything optional is denied and the banner shows again. */
  reset(): void;
  /**
   * Listen to an event; returns a function that stops listening. A listener that throws does not stop the others.
   * @example const off = consent.on('consent', ({ record }) => log(record.id)); off();
   */
  on<K extends keyof ConsentEventMap>(event: K, listener: ConsentListener<K>): () => void;
}
