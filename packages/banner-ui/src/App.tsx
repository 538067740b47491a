import { Banner } from './Banner';
import type { UiProps, ViewState } from './view';

/**
 * Which layer is open. The live region is always rendered, so it exists before anything is announced into it
 * (screen readers ignore regions that appear together with their text).
 */
export function App(props: UiProps & ViewState) {
  return (
    <>
      {props.banner && (props.notice ? <props.notice {...props} /> : <Banner {...props} />)}
      {props.preferences && props.dialogs && <props.dialogs.PreferencesDialog {...props} />}
      <div class="ck-sr" role="status">
        {props.status}
      </div>
    </>
  );
}
