import { defaultCategoryTexts, defaultDialogStrings } from './dialog-texts';
import { defaultStrings, type BannerTexts } from './texts';

/**
 * The English defaults, for reference or as the base of a translation.
 *
 * @example
 * const texts = { ...defaultTexts, acceptAll: 'Allow all' };
 */
export const defaultTexts: Readonly<BannerTexts> = { ...defaultStrings, ...defaultDialogStrings, categories: defaultCategoryTexts };
