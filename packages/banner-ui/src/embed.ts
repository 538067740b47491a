// The script-tag UI (consentkit-ui.js), an ES module. The engine's embed (packages/sdk/src/embed) imports it only
// when the banner must show or preferences are opened, then calls mountBanner(instance, options).
export { mountBanner } from './mount';
