import type { CategoryInfo, ConsentKit, Disclosure } from '@consentkit/sdk';
import { describe, dialogStrings } from '../dialog-texts';
import type { Texts } from '../texts';
import { safeUrl } from '../url';
import { declarationRows } from './rows';
import { fill, signalStatements, type PolicyTexts } from './texts';

export interface DeclarationProps {
  consent: ConsentKit;
  disclosure: Disclosure;
  texts: Texts;
  policyTexts: PolicyTexts;
  /** Level of the category headings, under the page's own heading for the declaration. */
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** Opens the cookie settings; no button without it. */
  openPreferences?: (() => void) | undefined;
}

/** One category's table. A scrollable, focusable, named region: wide tables reflow at 320px without hiding columns. */
function Table({ category, props }: { category: CategoryInfo; props: DeclarationProps }) {
  const { disclosure, texts, policyTexts: t } = props;
  const rows = declarationRows(category, disclosure, t);
  if (!rows.length) return null;
  const caption = fill(t.tableCaption, { category: describe(texts, category.id, category).label });
  return (
    <div class="ck-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[t.columnName, t.columnType, t.columnProvider, t.columnParty, t.columnLifetime, t.columnPurpose].map((heading) => (
              <th scope="col">{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td>{row.type}</td>
              <td>{row.provider}</td>
              <td>{row.party}</td>
              <td>{row.lifetime}</td>
              <td>{row.purpose}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The cookie declaration: per category its purpose, the visitor's current choice, its services (social widgets
 * and their providers, advertising partners), what it stores, and for advertising how to opt out; then the
 * statements on Do Not Track and Global Privacy Control. Text from config is rendered as text, links only when
 * http, https or relative.
 */
export function Declaration(props: DeclarationProps) {
  const { consent, disclosure, texts, policyTexts: t, headingLevel, openPreferences } = props;
  const Heading = `h${headingLevel}` as 'h3';
  const [dnt, gpc] = signalStatements(disclosure, t);
  return (
    <div class="ck-declaration">
      {disclosure.categories.map((category) => {
        const { label, description, _labelLang, _descriptionLang } = describe(texts, category.id, category);
        const providers = category.services.map((service) => describe(texts, `${category.id}:${service.id}`, service).label);
        return (
          <section class="ck-declaration-category" data-category={category.id}>
            <Heading lang={_labelLang}>{label}</Heading>
            {description && <p lang={_descriptionLang}>{description}</p>}
            <p>
              {t.yourChoice}{' '}
              <strong>{category.required ? dialogStrings(texts).alwaysOn : consent.hasConsent(category.id) ? t.allowed : t.notAllowed}</strong>
            </p>
            {providers.length > 0 && <p>{`${t.providedBy} ${providers.join(', ')}`}</p>}
            {category.id === 'advertising' && (
              <>
                <p>{t.adOptOut}</p>
                <ul>
                  {disclosure.industryOptOut.map((link) => {
                    const href = safeUrl(link.url);
                    return <li>{href ? <a href={href}>{link.label}</a> : link.label}</li>;
                  })}
                </ul>
              </>
            )}
            <Table category={category} props={props} />
          </section>
        );
      })}
      <section class="ck-declaration-signals">
        <Heading>{t.signalsTitle}</Heading>
        <p data-signal="dnt">{dnt}</p>
        <p data-signal="gpc">{gpc}</p>
      </section>
      {openPreferences && (
        <p>
          <button type="button" onClick={openPreferences}>
            {t.changeSettings}
          </button>
        </p>
      )}
    </div>
  );
}
