import { Actions } from './Actions';
import { Modal } from './Modal';
import type { UiProps } from './view';

/**
 * The first layer. Accept all, Reject all and Settings share one class: same size, weight and contrast, one click
 * each. As a bar or a corner box it is a labelled region, not modal, so the page stays usable, and the page keeps
 * room for it (`reserve`) so it never hides the focused element. In the modal layout (by config) it is a modal
 * dialog that Escape does not close: only an answer does, and no answer is consent.
 */
export function Banner({ texts, policyUrl, modal, reserve, onAcceptAll, onRejectAll, onSettings }: UiProps) {
  const content = [
    <h2 id="ck-banner">{texts.bannerTitle}</h2>,
    <p>
      {texts.bannerBody} {policyUrl && <a href={policyUrl}>{texts.policyLink}</a>}
    </p>,
    <Actions
      buttons={[
        [texts.acceptAll, onAcceptAll],
        [texts.rejectAll, onRejectAll],
        [texts.settings, onSettings],
      ]}
    />,
  ];
  return modal ? (
    <Modal labelledBy="ck-banner">{content}</Modal>
  ) : (
    <div class="ck-banner" role="region" aria-labelledby="ck-banner" ref={reserve}>
      {content}
    </div>
  );
}
