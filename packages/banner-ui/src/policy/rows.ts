import type { CategoryInfo, CookieDeclaration, DatabaseDeclaration, DeclaredStorage, Disclosure, StorageDeclaration } from '@consentkit/sdk';
import { fill, type PolicyTexts } from './texts';

/** A cookie, storage key or database as declared: each kind's fields, so one row builder reads them all. */
type Declared = Partial<CookieDeclaration & StorageDeclaration & DatabaseDeclaration>;

/** One row of a category's declaration table, as text. */
export interface DeclarationRow {
  readonly name: string;
  readonly type: string;
  readonly provider: string;
  readonly party: string;
  readonly lifetime: string;
  readonly purpose: string;
}

/**
 * The rows of a category: the consent cookie first under `necessary`, then what the category declares, then what
 * each of its services declares (the service's label is the provider unless one is declared).
 */
export function declarationRows(category: CategoryInfo, disclosure: Disclosure, texts: PolicyTexts): DeclarationRow[] {
  const rows: DeclarationRow[] = [];
  const add = (source: DeclaredStorage, provider?: string) => {
    const list = (declared: readonly Declared[] = [], type: string) =>
      declared.forEach((item) =>
        rows.push({
          name: (item.name ?? item.key)!,
          type: item.type === 'local' ? texts.typeLocal : item.type === 'session' ? texts.typeSession : type,
          provider: item.provider ?? provider ?? texts.thisSite,
          party: item.thirdParty ? texts.thirdParty : texts.firstParty,
          lifetime: item.lifetime ?? '',
          purpose: item.description ?? '',
        }),
      );
    list(source.cookies, texts.typeCookie);
    list(source.storage, texts.typeStorage);
    list(source.indexedDB, texts.typeIndexedDB);
  };
  if (category.required) {
    const { name, expiresAfterDays, refusalExpiresAfterDays } = disclosure.consentCookie;
    rows.push({
      name,
      type: texts.typeCookie,
      provider: texts.thisSite,
      party: texts.firstParty,
      lifetime:
        fill(texts.days, { n: expiresAfterDays }) +
        (refusalExpiresAfterDays < expiresAfterDays ? fill(texts.refusalDays, { n: refusalExpiresAfterDays }) : ''),
      purpose: texts.consentCookiePurpose,
    });
  }
  add(category);
  for (const service of category.services) add(service, service.label ?? service.id);
  return rows;
}
