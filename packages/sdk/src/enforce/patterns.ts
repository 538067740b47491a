/**
 * A test for declared names: `*` matches any run of characters (`_ga_*` matches `_ga_X1Y2`), everything else is
 * literal, and the whole name must match. Globs, not regular expressions: declarations come from config, often
 * pasted from a vendor's cookie list, and `.` in `_pk_id.1.abcd` must not mean "any character".
 * An empty list matches nothing.
 *
 * @example matcher(['_ga', '_ga_*'])('_ga_ABC') // true
 */
export function matcher(patterns: readonly string[]): (name: string) => boolean {
  const source = patterns.map((pattern) => pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')).join('|');
  const regex = new RegExp(`^(?:${source})$`);
  return (name) => patterns.length > 0 && regex.test(name);
}
