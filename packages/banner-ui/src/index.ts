// The public surface of @consentkit/banner-ui. It depends on @consentkit/sdk for types only: no engine code here.
export { mountBanner } from './mount';
export { mountPlaceholders, renderPlaceholder } from './placeholders';
export { defaultPlaceholderTexts } from './placeholder-texts';
export type { PlaceholderOptions } from './placeholders';
export type { PlaceholderTexts } from './placeholder-texts';
export { defaultNoticeTexts } from './notice-texts';
export type { NoticeTexts } from './notice-texts';
export { mountPolicy } from './policy/mount';
export type { PolicyHandle, PolicyOptions } from './policy/mount';
export { defaultPolicyTexts } from './policy/texts';
export type { PolicyTexts } from './policy/texts';
export { defaultTexts } from './default-texts';
export type { BannerTexts, CategoryTexts } from './texts';
export type { BannerHandle, BannerOptions } from './types';
export { mountOptOutPanel } from './optout/panel';
export type { OptOutPanelHandle, OptOutPanelOptions } from './optout/panel';
export { defaultOptOutTexts } from './optout/texts';
export type { OptOutTexts } from './optout/texts';
