import { Component, createRef, type ComponentChildren } from 'preact';
import { focusedElement, wrapTab } from './dialog-focus';

export interface ModalProps {
  /** Id of the heading that names the dialog. */
  labelledBy: string;
  /**
   * Escape closes the dialog through this, recording nothing. Without it (the first layer in the modal layout)
   * Escape does nothing: the question stays until the visitor answers it.
   */
  onDismiss?: (() => void) | undefined;
  children: ComponentChildren;
}

/**
 * The dialog pattern on a native <dialog>: showModal() makes the page inert and puts the dialog in the top layer;
 * focus moves to the dialog itself on open (it announces its name; no button is preselected, so Enter accepts
 * nothing by accident), Tab and Shift+Tab wrap inside it, and focus returns to where it was on close.
 * A class, not hooks: preact/hooks would add about 0.9 KB gzip to an 8 KB budget.
 */
export class Modal extends Component<ModalProps> {
  private _dialog = createRef<HTMLDialogElement>();
  private _previous: HTMLElement | null = null;
  private _closed = false;
  // Escape fires `cancel`; `close` covers a browser closing the dialog by itself (Chrome closes on a second
  // Escape when `cancel` was prevented without user activation). Either way only the state closes it. The
  // `close` that our own close() queues on unmount is ignored: the visitor may have reopened the dialog by then.
  private _cancel = (event: Event) => {
    const dialog = this._dialog.current!;
    event.preventDefault();
    if (this._closed) return;
    if (this.props.onDismiss) this.props.onDismiss();
    // Not dismissable, yet closed by the browser: modal again at once, the page behind inert, still unanswered.
    else if (!dialog.open) this._open();
  };

  private _open() {
    const dialog = this._dialog.current!;
    // Without <dialog> support (old browsers, jsdom) it opens non-modal, still on top by CSS.
    if (dialog.showModal) dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.focus();
  }

  private _wrap = (event: KeyboardEvent) => wrapTab(this._dialog.current!, event);

  override componentDidMount() {
    const dialog = this._dialog.current!;
    this._previous = focusedElement();
    this._open();
  }

  override componentWillUnmount() {
    const dialog = this._dialog.current!;
    this._closed = true;
    // Close before returning focus: while the dialog is modal everything outside it is inert, so unfocusable.
    dialog.close?.();
    this._previous?.focus();
  }

  render({ labelledBy, children }: ModalProps) {
    return (
      <dialog
        ref={this._dialog}
        class="ck-dialog"
        tabIndex={-1}
        aria-labelledby={labelledBy}
        onCancel={this._cancel}
        onClose={this._cancel}
        onKeyDown={this._wrap}
      >
        {children}
      </dialog>
    );
  }
}
