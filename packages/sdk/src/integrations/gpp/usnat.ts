import { base64url, int } from './bits';

/** GPP section id and API prefix of the US National Privacy section (IAB Privacy's MSPA US National Approach). */
export const USNAT_ID = 7;
export const USNAT = 'usnat';

/**
 * The usnat core segment, version 2, field by field in encoding order, as `getSection('usnat')` returns it.
 * Notices: 0 not applicable, 1 provided, 2 not provided. Opt-outs: 0 not applicable, 1 opted out, 2 did not opt
 * out. Consents: 0 not applicable, 1 no consent, 2 consent. MSPA fields: 1 yes, 2 no (modes: 0 not applicable).
 */
export interface UsNatCore {
  Version: number;
  SharingNotice: number;
  SaleOptOutNotice: number;
  SharingOptOutNotice: number;
  TargetedAdvertisingOptOutNotice: number;
  SensitiveDataProcessingOptOutNotice: number;
  SensitiveDataLimitUseNotice: number;
  SaleOptOut: number;
  SharingOptOut: number;
  TargetedAdvertisingOptOut: number;
  /** 16 entries in version 2. */
  SensitiveDataProcessing: number[];
  /** 3 entries in version 2. */
  KnownChildSensitiveDataConsents: number[];
  PersonalDataConsents: number;
  MspaCoveredTransaction: number;
  MspaOptOutOptionMode: number;
  MspaServiceProviderMode: number;
}

/** The GPC sub-section. */
export interface UsNatGpc {
  SubsectionType: 1;
  Gpc: boolean;
}

/** The core segment's fields in encoding order: Version in 6 bits, every other value (lists too) 2 bits each. */
export const CORE_FIELDS: readonly (keyof UsNatCore)[] = [
  'Version',
  'SharingNotice',
  'SaleOptOutNotice',
  'SharingOptOutNotice',
  'TargetedAdvertisingOptOutNotice',
  'SensitiveDataProcessingOptOutNotice',
  'SensitiveDataLimitUseNotice',
  'SaleOptOut',
  'SharingOptOut',
  'TargetedAdvertisingOptOut',
  'SensitiveDataProcessing',
  'KnownChildSensitiveDataConsents',
  'PersonalDataConsents',
  'MspaCoveredTransaction',
  'MspaOptOutOptionMode',
  'MspaServiceProviderMode',
];

/** The section as the GPP string carries it: the core segment, `.`, the GPC sub-section. */
export function encodeUsNat(core: UsNatCore, gpc: UsNatGpc): string {
  const bits = CORE_FIELDS.map((name) => (name === 'Version' ? int(core.Version, 6) : [core[name]].flat().map((value) => int(value, 2)).join(''))).join('');
  return `${base64url(bits)}.${base64url(int(gpc.SubsectionType, 2) + int(+gpc.Gpc, 1))}`;
}
