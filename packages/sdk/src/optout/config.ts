import { type Check, isRecord, rule, shape, wholeNumber } from '../config/schema';
import { isSafeUrl } from '../config/url';
import type { OptOutConfig } from './types';

const hasMethods = (value: unknown, methods: string[]) => isRecord(value) && methods.every((name) => typeof value[name] === 'function');

/** `optOut` in CONFIG_FIELDS: where and how consent events are delivered. */
export const OPT_OUT_FIELDS: Check = shape({
  endpoint: rule(isSafeUrl, 'an http, https or relative URL'),
  batchSize: wholeNumber(1, 100),
  retryDelay: wholeNumber(100, 3_600_000, ' of ms'),
  maxRetryDelay: wholeNumber(100, 86_400_000, ' of ms'),
  transport: rule((value) => hasMethods(value, ['send']), 'an object with send()'),
  storage: rule((value) => hasMethods(value, ['getItem', 'setItem', 'removeItem', 'key']), 'a Storage'),
});

/** `gpc` in CONFIG_FIELDS. */
export const GPC_FIELD: Check = rule((value) => value === 'honor' || value === 'ignore', "'honor' or 'ignore'");

/** The delivery settings with defaults filled in. */
export type ResolvedOptOut = Required<Pick<OptOutConfig, 'batchSize' | 'retryDelay' | 'maxRetryDelay'>> &
  Pick<OptOutConfig, 'endpoint' | 'transport' | 'storage'>;

export const resolveOptOut = (config: OptOutConfig = {}): ResolvedOptOut => ({
  batchSize: 20,
  retryDelay: 1000,
  maxRetryDelay: 300_000,
  ...config,
});
