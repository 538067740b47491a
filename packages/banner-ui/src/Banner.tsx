import { Actions } from './Actions';
import type { UiProps } from './view';

/**
 * The first layer: a labelled region at the bottom of the viewport, not modal, so the page stays usable.
 * Accept all, Reject all and Settings share one class: same size, weight and contrast, one click each.
 */
export function Banner({ texts, policyUrl, onAcceptAll, onRejectAll, onSettings }: UiProps) {
  return (
    <div class="ck-banner" role="region" aria-label={texts.bannerTitle}>
      <h2>{texts.bannerTitle}</h2>
      <p>
        {texts.bannerBody}{' '}
        {policyUrl && <a href={policyUrl}>{texts.policyLink}</a>}
      </p>
      <Actions
        buttons={[
          [texts.acceptAll, onAcceptAll],
          [texts.rejectAll, onRejectAll],
          [texts.settings, onSettings],
        ]}
      />
    </div>
  );
}
