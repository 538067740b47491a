// The public surface of @consentkit/banner-ui. It depends on @consentkit/sdk for types only: no engine code here.
export { mountBanner } from './mount';
export { defaultTexts } from './texts';
export type { BannerTexts, CategoryTexts } from './texts';
export type { BannerHandle, BannerOptions } from './types';
