import type { BuiltInCategoryId } from '../config/types';

/** The built-in category ids, in display order. `necessary` is always first and always granted. */
export const BUILT_IN_CATEGORIES: readonly BuiltInCategoryId[] = [
  'necessary',
  'preferences',
  'analytics',
  'advertising',
  'social',
];

/** The category that is always granted and never stored. */
export const NECESSARY = 'necessary';

export const isBuiltIn = (id: string): id is BuiltInCategoryId =>
  (BUILT_IN_CATEGORIES as readonly string[]).includes(id);
