import { Component, createRef } from 'preact';
import { Actions } from './Actions';
import { CategoryRow } from './CategoryRow';
import { draftFrom, type DraftChoices } from './choices';
import type { UiProps } from './view';

/** The element that has focus, looking inside shadow roots (ours included: the banner's Settings button). */
function focusedElement(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element as HTMLElement | null;
}

/**
 * The second layer: a native modal <dialog>. showModal() makes the page inert and puts the dialog in the top layer;
 * focus moves in on open and back to where it was on close. Closing it (button, Escape) records nothing.
 * A class, not hooks: preact/hooks would add about 0.9 KB gzip to an 8 KB budget.
 */
export class PreferencesDialog extends Component<UiProps, { draft: DraftChoices }> {
  private _dialog = createRef<HTMLDialogElement>();
  private _previous: HTMLElement | null = null;
  private _closed = false;
  // Escape fires `cancel`; `close` covers a browser closing the dialog by itself (Chrome closes on a second
  // Escape when `cancel` was prevented without user activation). Either way only the state closes it. The
  // `close` that our own close() queues on unmount is ignored: the visitor may have reopened the dialog by then.
  private _dismiss = (event: Event) => {
    event.preventDefault();
    if (!this._closed) this.props.onDismiss();
  };

  // Switches start from the engine's answer: all off before any choice (no pre-ticked boxes).
  override state = { draft: draftFrom(this.props.consent) };

  override componentDidMount() {
    const dialog = this._dialog.current!;
    this._previous = focusedElement();
    // Without <dialog> support (old browsers, jsdom) it opens non-modal, still on top by CSS.
    if (dialog.showModal) dialog.showModal();
    else dialog.setAttribute('open', '');
    // showModal() already focuses the first control (the Close button); this covers browsers without it.
    dialog.querySelector('button')?.focus();
  }

  override componentWillUnmount() {
    const dialog = this._dialog.current!;
    this._closed = true;
    // Close before returning focus: while the dialog is modal everything outside it is inert, so unfocusable.
    dialog.close?.();
    this._previous?.focus();
  }

  render({ consent, texts, policyUrl, onSave, onAcceptAll, onRejectAll, onDismiss }: UiProps) {
    const { draft } = this.state;
    return (
      <dialog
        ref={this._dialog}
        class="ck-dialog"
        aria-labelledby="ck-title"
        onCancel={this._dismiss}
        onClose={this._dismiss}
      >
        <div class="ck-head">
          <h2 id="ck-title">{texts.preferencesTitle}</h2>
          <button type="button" class="ck-btn" onClick={onDismiss}>
            {texts.close}
          </button>
        </div>
        <p>
          {texts.preferencesIntro}{' '}
          {policyUrl && <a href={policyUrl}>{texts.policyLink}</a>}
        </p>
        <ul>
          {consent.getCategories().map((category) => (
            <CategoryRow
              key={category.id}
              category={category}
              texts={texts}
              draft={draft}
              onToggle={(key, value) => this.setState((state) => ({ draft: { ...state.draft, [key]: value } }))}
            />
          ))}
        </ul>
        <Actions
          buttons={[
            [texts.save, () => onSave(draft)],
            [texts.acceptAll, onAcceptAll],
            [texts.rejectAll, onRejectAll],
          ]}
        />
      </dialog>
    );
  }
}
