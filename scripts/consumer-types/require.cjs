// Loaded with `node --no-experimental-require-module`: the CommonJS build must not depend on Node's require(esm).
const { createConsent, decodeConsent, memoryStore } = require('@consentkit/sdk');
const { mountBanner } = require('@consentkit/banner-ui');

const store = memoryStore();
createConsent({ store }).acceptAll();
const record = decodeConsent(store.read());
if (typeof mountBanner !== 'function' || record?.choices.analytics !== true || record.id.length !== 21) {
  throw new Error(`the CommonJS build answered wrongly: ${JSON.stringify(record)}`);
}
