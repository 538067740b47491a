// The public surface of @consentkit/sdk. Everything else is internal and may change without notice.
export { createConsent } from './consent';
export { decodeConsent } from './record/codec';
export { memoryStore } from './store/memory';

export type {
  BuiltInCategoryId,
  CategoryConfig,
  ConsentConfig,
  CookieConfig,
  CookieDeclaration,
  DatabaseDeclaration,
  ServiceConfig,
  StorageDeclaration,
  StorageDeclarations,
} from './config/types';
export type { Jurisdiction, JurisdictionSetting } from './jurisdiction/jurisdiction';
export type { ConsentMethod, ConsentRecord, DntValue, ObservedSignals } from './record/types';
export type { RecordStore } from './store/types';
export type {
  BlockedWidget,
  CategoryInfo,
  ChangeEventDetail,
  ChoiceOptions,
  ConsentChoices,
  ConsentEventDetail,
  ConsentEventMap,
  ConsentKit,
  ConsentListener,
  DeclaredStorage,
  GatedStorage,
  PlaceholderRenderer,
  ServiceInfo,
} from './types';
