/**
 * Strings of the opt-out jurisdiction's notice, merged from `texts` like the banner's.
 *
 * @example
 * mountBanner(consent, { texts: { optOutOfAds: 'Do not sell or share my personal information' } });
 */
export interface NoticeTexts {
  /** The notice's explanation (a notice at collection). */
  noticeBody: string;
  /** Opts out of interest-based ads in one click. @default 'Opt out of interest-based ads' */
  optOutOfAds: string;
  /** Closes the notice, keeping what runs. @default 'OK' */
  noticeOk: string;
  /** Shown instead of the opt-out button once interest-based ads are off. @default 'You have opted out of interest-based ads.' */
  optedOut: string;
  /** Shown when the opt-out came from the browser's Global Privacy Control signal. */
  gpcHonored: string;
}

export const defaultNoticeTexts: Readonly<NoticeTexts> = {
  noticeBody:
    'We and our advertising partner use cookies and similar technologies, such as HTML5 local storage and social media ' +
    'widgets, to remember your settings, measure traffic and show ads based on your interests. You can opt out of ' +
    'interest-based ads at any time; you will still see generic ads.',
  optOutOfAds: 'Opt out of interest-based ads',
  noticeOk: 'OK',
  optedOut: 'You have opted out of interest-based ads.',
  gpcHonored: 'Opt-out request honored: your browser sent a Global Privacy Control signal, so you are opted out of interest-based ads.',
};
