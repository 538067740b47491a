export interface ToggleProps {
  /** Visible label, also the switch's accessible name. */
  label: string;
  /** The label's language, where it is not the UI's. */
  lang?: string | undefined;
  checked: boolean;
  /** Id of the element describing what the switch allows. */
  describedBy?: string | undefined;
  onChange(checked: boolean): void;
}

/**
 * An on/off switch: a native button (so Space and Enter work) with role="switch". The label sits inside the button,
 * so the whole row is the target, at least 44px tall.
 */
export function Toggle({ label, lang, checked, describedBy, onChange }: ToggleProps) {
  return (
    <button
      lang={lang}
      type="button"
      role="switch"
      class="ck-switch"
      aria-checked={checked}
      aria-describedby={describedBy}
      onClick={() => onChange(!checked)}
    >
      {/* The visual track and thumb (styles.css); empty, so nothing for screen readers. */}
      <span />
      {label}
    </button>
  );
}
