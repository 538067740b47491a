// The dialogs are a chunk of their own (consentkit-dialogs.js in the script-tag build): most visitors answer on
// the first layer and never download them. Pointing at or focusing Settings starts the import, so the dialog is
// usually there by the time the click lands; the modal layout imports it at mount. Kept per page, not per mount:
// code is loaded once.
export type Dialogs = typeof import('./dialogs');

let loaded: Dialogs | undefined;
let loading: Promise<Dialogs> | undefined;

/** The dialogs' module, once its chunk has loaded. */
export const loadedDialogs = (): Dialogs | undefined => loaded;

/** Imports the dialogs' chunk (once; again after a failure). Rejects when it cannot load. */
export function loadDialogs(): Promise<Dialogs> {
  // The category texts the dialog imports are a chunk shared with the cookie declaration: fetched at once with
  // the dialogs, not after them.
  return (loading ??= Promise.all([import('./dialogs'), import('./dialog-texts')]).then(
    ([module]) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}
