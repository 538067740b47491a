// consentkit-optout.js, an ES module: the opt-out panel and the GPC notice. The engine's embed imports it when a
// [data-consentkit-optout] element is clicked, when the preferences dialog asks for it, or after a GPC opt-out.
// It shares no module with consentkit-ui.js on purpose: a shared module would become a chunk both load, and
// splitting costs the banner's bundle about 0.25 KB gzip (measured) that its 8 KB budget does not have.
export { mountOptOutPanel } from './panel';
