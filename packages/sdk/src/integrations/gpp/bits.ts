// The bit-level encoding of the IAB Global Privacy Platform string (Core/Consent String Specification): fields are
// written as text of '0' and '1', then packed six bits to a base64url character.

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** An unsigned integer in `width` bits, most significant first. */
export const int = (value: number, width: number): string => value.toString(2).padStart(width, '0');

/**
 * A positive integer in Fibonacci code: its Zeckendorf terms from 1 upward, then a closing 1 (1 is `11`, 4 is
 * `1011`, 7 is `01011`).
 */
export function fibonacci(value: number): string {
  const terms = [1, 2];
  while (terms.at(-1)! <= value) terms.push(terms.at(-1)! + terms.at(-2)!);
  let bits = '';
  for (let i = terms.length - 1, rest = value; i >= 0; i--) {
    const used = terms[i]! <= rest;
    if (used) rest -= terms[i]!;
    if (used || bits) bits = (used ? '1' : '0') + bits;
  }
  return `${bits}1`;
}

/** Section ids as the header's Range(Fibonacci): a 12-bit count, then each id as a single item, offset from the one before. */
export const idRange = (ids: readonly number[]): string =>
  int(ids.length, 12) + ids.map((id, i) => `0${fibonacci(id - (ids[i - 1] ?? 0))}`).join('');

/**
 * Bits to base64url, without `=`. Padded with zeros to whole bytes, then to whole characters, as the IAB's own
 * encoder (iabgpp-es) does: its decoders, and the strings in its tests, are the ones vendors use.
 */
export function base64url(bits: string): string {
  let padded = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
  padded = padded.padEnd(Math.ceil(padded.length / 6) * 6, '0');
  return padded.replace(/[01]{6}/g, (six) => BASE64URL[parseInt(six, 2)]!);
}
