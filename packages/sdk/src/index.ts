// The public surface of @consentkit/sdk. Everything else is internal and may change without notice.
export { createConsent } from './consent';
export { googleConsentMode } from './integrations/google-consent-mode';
export { gpp } from './integrations/gpp';
export { decodeConsent } from './record/codec';
export { noticeHash } from './optout/notice';
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
export type { GoogleConsentModeOptions, GoogleConsentType } from './integrations/google-consent-mode';
export type { GppOptions } from './integrations/gpp';
export type { GppStub } from './integrations/gpp/page';
export type { GppCallback, GppFunction, GppListener, GppState } from './integrations/gpp/api';
export type { UsNatCore, UsNatGpc } from './integrations/gpp/usnat';
export type { Jurisdiction, JurisdictionSetting } from './jurisdiction/jurisdiction';
export type { Disclosure, DisclosureConfig, DisclosureLink, SignalStatement } from './policy/types';
export type { ConsentMethod, ConsentRecord, DntValue, ObservedSignals } from './record/types';
export type { RecordStore } from './store/types';
export type {
  ConsentLogEvent,
  ConsentLogEventType,
  EventTransport,
  LogEventDetail,
  OptOutConfig,
  OptOutEventDetail,
  OptOutOptions,
  OptOutSource,
  QueueStorage,
} from './optout/types';
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
