import type { CategoryInfo } from '@consentkit/sdk';
import { Choice } from './Choice';
import { serviceKey, type DraftChoices } from './choices';
import type { Texts } from './texts';

export interface CategoryRowProps {
  category: CategoryInfo;
  texts: Texts;
  draft: DraftChoices;
  onToggle(key: string, value: boolean): void;
}

/** A category of the preferences dialog, and its services under it, each with its own switch. */
export function CategoryRow({ category, draft, texts, onToggle }: CategoryRowProps) {
  const { id, required } = category;
  return (
    <li class="ck-cat">
      <Choice texts={texts} onToggle={onToggle} id={id} item={category} required={required} checked={draft[id]} />
      {category.services.length > 0 && (
        <ul>
          {category.services.map((service) => {
            const key = serviceKey(category, service.id);
            return (
              <li key={key}>
                {/* A service not set on its own shows (and follows) its category's switch. */}
                <Choice
                  texts={texts}
                  onToggle={onToggle}
                  id={key}
                  item={service}
                  required={required}
                  checked={draft[key] ?? draft[id]}
                />
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
