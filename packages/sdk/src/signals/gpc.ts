/**
 * Reads Global Privacy Control (navigator.globalPrivacyControl): true, false, or null when the browser does
 * not expose it. Only a strict `true` is a GPC opt-out request (GPC spec, section 3).
 */
export function readGpc(nav: object | undefined = typeof navigator === 'undefined' ? undefined : navigator): boolean | null {
  const value = (nav as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl;
  return typeof value === 'boolean' ? value : null;
}
