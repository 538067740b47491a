import type { ConsentChoices, ConsentKit, ConsentMethod } from '@consentkit/sdk';
import type { ComponentType } from 'preact';
import type { Dialogs } from './lazy-dialogs';
import type { Texts } from './texts';

/** Which layers are showing. Kept by mount.ts so the handle and the engine's events can drive it. */
export interface ViewState {
  /** The first-layer banner. Stays under the dialog while no choice exists. */
  readonly banner: boolean;
  /** The preferences dialog. */
  readonly preferences: boolean;
  /** Text of the polite live region; set after a choice, cleared when the dialog opens. */
  readonly status: string;
  /** The opt-out jurisdiction's notice, shown instead of the banner once imported. */
  readonly notice?: ComponentType<UiProps & ViewState>;
  /** The preferences dialog and the modal pattern, once their chunk has loaded (see lazy-dialogs.ts). */
  readonly dialogs?: Dialogs | undefined;
  /** The modal layout's chunk failed to load: the banner shows as the bar instead. */
  readonly modalFailed?: boolean;
}

/** What every component gets: the engine, the resolved texts and the actions, bound once at mount. */
export interface UiProps {
  readonly consent: ConsentKit;
  readonly texts: Texts;
  /** Checked privacy policy URL, or undefined for no link. */
  readonly policyUrl: string | undefined;
  /** The first layer is a modal dialog (layout 'modal'), not a bar or box. */
  readonly modal: boolean;
  /** Ref of the non-modal banner: keeps room for it on the page while it shows. */
  reserve(element: HTMLElement | null): void;
  onAcceptAll(): void;
  onRejectAll(): void;
  /** Records `choices` (method 'custom' unless given). */
  onSave(choices: ConsentChoices, method?: ConsentMethod): void;
  /** Opens the preferences dialog. */
  onSettings(): void;
  /** The visitor points at or focuses Settings: starts loading the dialog. */
  onSettingsIntent(): void;
  /** Closes the dialog, recording nothing. */
  onDismiss(): void;
  /** Opens the interest-based ads opt-out, when the site provides one. */
  onOptOut: (() => void) | undefined;
}
