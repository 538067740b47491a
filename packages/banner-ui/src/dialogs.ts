// The chunk lazy-dialogs.ts imports: the preferences dialog, and the modal pattern that it and the banner's modal
// layout share. The bar and the corner box, what most sites show, need neither.
export { default as css } from './dialogs.css?raw';
export { Modal } from './Modal';
export { PreferencesDialog } from './PreferencesDialog';
