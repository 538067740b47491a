/**
 * Where the encoded consent record lives. Small on purpose: a cookie, memory, or a test double.
 *
 * @example
 * const store: RecordStore = { read: () => value, write: (v) => { value = v }, clear: () => { value = undefined } };
 */
export interface RecordStore {
  /** The stored value, or undefined when there is none (or it cannot be read). */
  read(): string | undefined;
  /** Keep `value` for `days` days. */
  write(value: string, days: number): void;
  /** Forget the stored value. */
  clear(): void;
}
