import { Actions } from './Actions';
import type { UiProps, ViewState } from './view';

/**
 * The first layer. Accept all, Reject all and Settings share one class: same size, weight and contrast, one click
 * each. As a bar or a corner box it is a labelled region, not modal, so the page stays usable, and the page keeps
 * room for it (`reserve`) so it never hides the focused element. In the modal layout (by config) it is a modal
 * dialog that Escape does not close: only an answer does, and no answer is consent.
 */
export function Banner(props: UiProps & ViewState) {
  const { texts, policyUrl, reserve, onAcceptAll, onRejectAll, onSettings, onSettingsIntent, dialogs } = props;
  const content = [
    <h2 id="ck-banner">{texts.bannerTitle}</h2>,
    <p>
      {texts.bannerBody} {policyUrl && <a href={policyUrl}>{texts.policyLink}</a>}
    </p>,
    // The settings could not load: said here for sighted visitors (the live region is only heard).
    props.status == texts.settingsUnavailable && <p>{props.status}</p>,
    <Actions
      buttons={[
        [texts.acceptAll, onAcceptAll],
        [texts.rejectAll, onRejectAll],
        [texts.settings, onSettings, onSettingsIntent],
      ]}
    />,
  ];
  // The modal layout waits for its chunk (lazy-dialogs.ts); should it fail to load, the question shows as the bar.
  if (props.modal && !props.modalFailed) return dialogs ? <dialogs.Modal labelledBy="ck-banner">{content}</dialogs.Modal> : null;
  return (
    <div class="ck-banner" role="region" aria-labelledby="ck-banner" ref={reserve}>
      {content}
    </div>
  );
}
