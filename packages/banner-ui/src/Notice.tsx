import { Actions } from './Actions';
import { defaultNoticeTexts } from './notice-texts';
import { pieceTexts } from './texts';
import type { UiProps, ViewState } from './view';

/**
 * The first layer under the opt-out jurisdiction (US state privacy laws): optional categories already run, so
 * instead of asking it informs, and offers "Opt out of interest-based ads" in one click next to OK and Settings.
 * A labelled region like the banner, never modal. Imported only where the opt-out jurisdiction applies.
 */
export function Notice(props: UiProps & ViewState) {
  const { consent, texts, policyUrl, reserve, onSave, onSettings, onSettingsIntent } = props;
  const t = pieceTexts(texts, defaultNoticeTexts);
  const optedOut = !consent.hasConsent('advertising');
  // The engine's answer: the signal, and the site's `gpc` option (a site may ignore it and say so).
  const gpc = optedOut && consent.gpcHonored;
  return (
    // Fixed to the bottom like the banner, so it keeps room for itself: focused page controls stay in view.
    <div class="ck-banner" role="region" aria-label={texts.bannerTitle} ref={reserve}>
      <h2>{texts.bannerTitle}</h2>
      <p>
        {t.noticeBody} {policyUrl && <a href={policyUrl}>{texts.policyLink}</a>}
      </p>
      {optedOut && <p>{gpc ? t.gpcHonored : t.optedOut}</p>}
      {/* As in the banner: the settings could not load, said for sighted visitors too. */}
      {props.status == texts.settingsUnavailable && <p>{props.status}</p>}
      <Actions
        buttons={[
          ...(optedOut ? [] : [[t.optOutOfAds, () => onSave({ advertising: false })] as [string, () => void]]),
          [t.noticeOk, () => onSave({}, 'notice')],
          [texts.settings, onSettings, onSettingsIntent],
        ]}
      />
    </div>
  );
}
