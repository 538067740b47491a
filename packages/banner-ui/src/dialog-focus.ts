// Focus in a modal dialog, for the banner's dialogs (Modal.tsx) and the opt-out panel (plain DOM). Each build
// copies it in: in the script-tag build the panel is a bundle apart from the banner's.

/** The element that has focus, looking inside shadow roots (ours included: the banner's Settings button). */
export function focusedElement(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element as HTMLElement | null;
}

/** Native modal dialogs let Tab leave for the browser's own controls; the dialog pattern keeps it inside. */
export function wrapTab(dialog: HTMLElement, event: KeyboardEvent): void {
  const controls = dialog.querySelectorAll<HTMLElement>('a[href],button');
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (event.key == 'Tab' && (event.shiftKey ? active == first || active == dialog : active == last)) {
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  }
}
