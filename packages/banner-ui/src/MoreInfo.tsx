import { Component, type ComponentType } from 'preact';
import type { UiProps } from './view';
import { dialogStrings } from './dialog-texts';

type SummaryComponent = ComponentType<Pick<UiProps, 'consent' | 'texts'>>;

/**
 * "More information" in the preferences dialog: a disclosure button that shows the short cookie declaration. The
 * declaration is a chunk of its own (consentkit-policy.js in the script-tag build), imported on the first click,
 * so the banner every first visitor downloads does not grow with it.
 */
export class MoreInfo extends Component<UiProps, { open: boolean; Summary?: SummaryComponent }> {
  override state: { open: boolean; Summary?: SummaryComponent } = { open: false };

  private _toggle = () => {
    const open = !this.state.open;
    this.setState({ open });
    if (open && !this.state.Summary) {
      import('./policy/policy').then(
        ({ Summary }) => this.setState({ Summary }),
        // Not an empty expanded panel: it closes again, and the next press tries again.
        (error: unknown) => (console.error('[ConsentKit UI] could not load the cookie declaration:', error), this.setState({ open: false })),
      );
    }
  };

  render({ consent, texts }: UiProps, { open, Summary }: MoreInfo['state']) {
    return (
      <>
        <button type="button" aria-expanded={open} aria-controls="ck-more" onClick={this._toggle}>
          {dialogStrings(texts).moreInformation}
        </button>
        <div id="ck-more" hidden={!open}>
          {open && Summary && <Summary consent={consent} texts={texts} />}
        </div>
      </>
    );
  }
}
