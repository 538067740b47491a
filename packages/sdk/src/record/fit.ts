import { isBuiltIn } from '../categories/builtin';
import { MAX_LENGTH } from './codec';

/**
 * Whether choices over `keys`, every one set on its own, could outgrow a stored value: in it a built-in category
 * takes 1 character, any other choice its id and 2, the rest of the record at most 80.
 */
export const mayOutgrow = (keys: readonly string[]): boolean =>
  keys.reduce((length, key) => length + (isBuiltIn(key) ? 1 : key.length + 2), 80) > MAX_LENGTH;

/**
 * The choices with each category as one, its services following it: denied where any of its services was, so
 * nothing is granted that the visitor did not grant. For choices too long to store.
 */
export function byCategory(choices: Readonly<Record<string, boolean>>): Record<string, boolean> {
  const categories: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(choices)) {
    const [id, service] = key.split(':') as [string, string?];
    // A granted service never grants its category: one without an answer stays without one.
    if (!service) categories[id] = value && categories[id] !== false;
    else if (!value) categories[id] = false;
  }
  return categories;
}
