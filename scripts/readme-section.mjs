// The README's generated sections (size table, benchmark summary, hasConsent() rate) sit between marker comments.

/** `readme` with everything from `start` to `end` (markers included) replaced by `section`; null when unmarked. */
export function replaceMarked(readme, start, end, section) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return null;
  return readme.slice(0, from) + section + readme.slice(to + end.length);
}
