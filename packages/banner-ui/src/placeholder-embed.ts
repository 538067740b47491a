// The script-tag placeholder UI (consentkit-placeholder.js), an ES module. The engine's embed imports it only when
// a page has a blocked widget, then calls renderPlaceholder(instance, widget, options) for each.
export { renderPlaceholder } from './placeholders';
