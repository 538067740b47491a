import { describe, dialogStrings } from './dialog-texts';
import type { Texts } from './texts';
import { Toggle } from './Toggle';

export interface ChoiceProps {
  texts: Texts;
  /** Category id, or `category:service`. */
  id: string;
  /** The engine's category or service, for its label and description. */
  item: { id: string; label?: string | undefined; description?: string | undefined };
  /** Always granted: "Always on" instead of a switch. */
  required: boolean;
  checked: boolean | undefined;
  onToggle(key: string, value: boolean): void;
}

/** One category or service: its switch (or "Always on"), and the description the switch points to. */
export function Choice({ texts, id, item, required, checked, onToggle }: ChoiceProps) {
  const { label, description, _labelLang, _descriptionLang } = describe(texts, id, item);
  const descriptionId = description ? `ck-d-${id}` : undefined;
  return (
    <>
      {required ? (
        <p class="ck-fixed">
          <span lang={_labelLang}>{label}</span> <span>{dialogStrings(texts).alwaysOn}</span>
        </p>
      ) : (
        <Toggle
          label={label}
          lang={_labelLang}
          checked={checked === true}
          describedBy={descriptionId}
          onChange={(value) => onToggle(id, value)}
        />
      )}
      {descriptionId && (
        <p id={descriptionId} lang={_descriptionLang}>
          {description}
        </p>
      )}
    </>
  );
}
