// A server's use of the engine, checked in a project without the DOM lib (only @types/node), as a Node server's
// project often is: reading the visitor's choice from the request cookie, and hashing a kept wording.
import { createConsent, decodeConsent, memoryStore, noticeHash, type ConsentRecord } from '@consentkit/sdk';

export const record: ConsentRecord | null = decodeConsent('1.x');
export const banner: boolean = createConsent({ revision: 2, store: memoryStore(record ? '1.x' : undefined) }).needsConsent();
export const hash: Promise<string | undefined> = noticeHash('We use cookies.');
// @ts-expect-error decodeConsent gives a record or null
export const wrong: number = decodeConsent('1.x');
