/**
 * Prefix of the Web Lock each page view holds from its first event on, so other tabs know it is still open and
 * leave its events to it. Its own module: the engine and the lazily loaded delivery both read it.
 */
export const TAB_LOCK = 'consentkit-tab:';
