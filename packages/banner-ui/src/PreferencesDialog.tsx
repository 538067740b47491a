import { Component } from 'preact';
import { Actions } from './Actions';
import { CategoryRow } from './CategoryRow';
import { draftFrom, type DraftChoices } from './choices';
import { dialogStrings } from './dialog-texts';
import { Modal } from './Modal';
import { MoreInfo } from './MoreInfo';
import type { UiProps } from './view';

/**
 * The second layer: a modal dialog (see Modal) with a switch per category and service. Closing it (Close, Escape)
 * records nothing.
 */
export class PreferencesDialog extends Component<UiProps, { draft: DraftChoices }> {
  // Switches start from the engine's answer: all off before any choice (no pre-ticked boxes).
  override state = { draft: draftFrom(this.props.consent) };
  // A choice made meanwhile in another tab is what is in force now: the switches follow it, so
  // Save never re-grants what the visitor withdrew elsewhere.
  private _stop = this.props.consent.on('change', ({ external }) => external && this.setState({ draft: draftFrom(this.props.consent) }));

  override componentWillUnmount() {
    this._stop();
  }

  render({ consent, texts, policyUrl, onSave, onAcceptAll, onRejectAll, onDismiss, onOptOut }: UiProps) {
    const { draft } = this.state;
    const t = dialogStrings(texts);
    return (
      <Modal labelledBy="ck-title" onDismiss={onDismiss}>
        <div class="ck-head">
          <h2 id="ck-title">{t.preferencesTitle}</h2>
          <button type="button" class="ck-btn" onClick={onDismiss}>
            {t.close}
          </button>
        </div>
        <p>
          {t.preferencesIntro}{' '}
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
            [t.save, () => onSave(draft)],
            [texts.acceptAll, onAcceptAll],
            [texts.rejectAll, onRejectAll],
            // Last, after the choices: it opens the opt-out panel and records nothing by itself.
            ...(onOptOut ? [[t.optOut, onOptOut] as [string, () => void]] : []),
          ]}
        />
        {/* Last: the choice comes first; the details are there for who wants them. */}
        <MoreInfo {...this.props} />
      </Modal>
    );
  }
}
