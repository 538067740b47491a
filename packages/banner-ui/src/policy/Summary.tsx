import type { ConsentKit } from '@consentkit/sdk';
import { describe } from '../dialog-texts';
import type { Texts } from '../texts';
import { declarationRows } from './rows';
import { policyTexts, signalStatements } from './texts';

/**
 * The short version of the declaration, under "More information" in the preferences dialog: per category what
 * it stores (name, lifetime, provider), then the statements on Do Not Track and Global Privacy Control.
 */
export function Summary({ consent, texts }: { consent: ConsentKit; texts: Texts }) {
  const disclosure = consent.getDisclosure();
  const t = policyTexts(texts);
  return (
    <div class="ck-more">
      <ul>
        {disclosure.categories.map((category) => {
          const rows = declarationRows(category, disclosure, t);
          const { label, _labelLang } = describe(texts, category.id, category);
          return (
            rows.length > 0 && (
              <li>
                <strong lang={_labelLang}>{label}</strong>
                {`: ${rows.map(({ name, lifetime, provider }) => `${name} (${[lifetime, provider].filter(Boolean).join(', ')})`).join('; ')}`}
              </li>
            )
          );
        })}
      </ul>
      {signalStatements(disclosure, t).map((statement) => (
        <p>{statement}</p>
      ))}
    </div>
  );
}
