import { GppModel, UsNat } from '@iabgpp/cmpapi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import { gpp } from '../../src/integrations/gpp';
import type { GppState } from '../../src/integrations/gpp/api';
import { base64url, fibonacci, idRange, int } from '../../src/integrations/gpp/bits';
import { gppWindow } from '../../src/integrations/gpp/page';
import { encodeUsNat, type UsNatCore } from '../../src/integrations/gpp/usnat';
import { memoryStore } from '../../src/store/memory';

const page = gppWindow();
type Gpp = (command: string, callback: (data: never, success: boolean) => void, parameter?: unknown) => void;
const call = <T>(command: string, parameter?: unknown): [T, boolean] => {
  let answer: [T, boolean] | undefined;
  (page.__gpp as unknown as Gpp)(command, (data, success) => (answer = [data as T, success]), parameter);
  return answer!;
};
const ping = () => call<GppState>('ping')[0];

const usConsent = (config = {}) =>
  createConsent({ store: memoryStore(), jurisdiction: 'opt-out', categories: { advertising: { services: [{ id: 'adpartner' }] } }, ...config });

let stops: (() => void)[] = [];
const install = (...args: Parameters<typeof gpp>) => {
  const stop = gpp(...args);
  stops.push(stop);
  return stop;
};
beforeEach(() => {
  delete page.__gpp;
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: undefined, configurable: true });
});
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  document.body.innerHTML = '';
});

describe('the GPP string encoding', () => {
  it('writes Fibonacci codes and the header as the specification does', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(fibonacci)).toEqual(['11', '011', '0011', '1011', '00011', '10011', '01011']);
    // The specification's example range: [3, 5, 6, 7, 8] written as single items.
    expect(idRange([3])).toBe(`${int(1, 12)}00011`);
    expect(base64url(int(3, 6) + int(1, 6) + idRange([2]))).toBe('DBABMA');
    expect(base64url(int(3, 6) + int(1, 6) + idRange([2, 6]))).toBe('DBACNYA');
    expect(base64url(int(3, 6) + int(1, 6) + idRange([]))).toBe('DBAA');
  });

  it("matches the IAB encoder's test vectors for usnat version 2", () => {
    const core: UsNatCore = {
      Version: 2,
      SharingNotice: 1,
      SaleOptOutNotice: 1,
      SharingOptOutNotice: 1,
      TargetedAdvertisingOptOutNotice: 1,
      SensitiveDataProcessingOptOutNotice: 1,
      SensitiveDataLimitUseNotice: 1,
      SaleOptOut: 1,
      SharingOptOut: 1,
      TargetedAdvertisingOptOut: 1,
      SensitiveDataProcessing: [2, 1, 0, 2, 1, 0, 2, 1, 0, 2, 1, 0, 2, 1, 0, 2],
      KnownChildSensitiveDataConsents: [2, 1, 0],
      PersonalDataConsents: 1,
      MspaCoveredTransaction: 1,
      MspaOptOutOptionMode: 1,
      MspaServiceProviderMode: 2,
    };
    expect(encodeUsNat(core, { SubsectionType: 1, Gpc: true })).toBe('CVVVkkkkkpFY.YA');
    expect(encodeUsNat(core, { SubsectionType: 1, Gpc: true })).toBe(new UsNat('CVVVkkkkkpFY.YA').encode());
  });
});

describe('gpp(): the US National section from the visitor choice', () => {
  it('before any choice under the opt-out jurisdiction: notices given, nothing opted out, decodable by the IAB library', () => {
    install(usConsent());
    const state = ping();
    expect(state).toMatchObject({
      gppVersion: '1.1',
      cmpStatus: 'loaded',
      cmpDisplayStatus: 'visible',
      signalStatus: 'ready',
      supportedAPIs: ['7:usnat'],
      sectionList: [7],
      applicableSections: [7],
    });
    const model = new GppModel(state.gppString);
    expect(model.getSectionIds()).toEqual([7]);
    for (const field of ['SharingNotice', 'SaleOptOutNotice', 'SharingOptOutNotice', 'TargetedAdvertisingOptOutNotice']) {
      expect(model.getFieldValue('usnat', field), field).toBe(1);
    }
    for (const field of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) expect(model.getFieldValue('usnat', field), field).toBe(2);
    expect(model.getFieldValue('usnat', 'SensitiveDataProcessing')).toEqual(Array(16).fill(0));
    expect(model.getFieldValue('usnat', 'KnownChildSensitiveDataConsents')).toEqual([0, 0, 0]);
    expect(model.getFieldValue('usnat', 'MspaCoveredTransaction')).toBe(2);
    expect(model.getFieldValue('usnat', 'Gpc')).toBe(false);
    // What the API says of the section is what the string says.
    expect(call('getField', 'usnat.SaleOptOut')).toEqual([2, true]);
    expect(call('getSection', 'usnat')[0]).toEqual([expect.objectContaining({ Version: 2, SaleOptOut: 2 }), { SubsectionType: 1, Gpc: false }]);
  });

  it('an opt-out of interest-based ads opts out of sale, sharing and targeted advertising, and tells listeners in order', () => {
    const consent = usConsent();
    install(consent);
    const events: [string, unknown, string][] = [];
    (page.__gpp as unknown as Gpp)('addEventListener', (event: { eventName: string; data: unknown; pingData: GppState }) =>
      events.push([event.eventName, event.data, event.pingData.signalStatus]),
    );
    consent.optOutOfInterestBasedAds({ source: 'link' });
    expect(events).toEqual([
      ['listenerRegistered', true, 'ready'],
      ['signalStatus', 'not ready', 'not ready'],
      ['sectionChange', 'usnat', 'not ready'],
      ['signalStatus', 'ready', 'ready'],
    ]);
    const model = new GppModel(ping().gppString);
    for (const field of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) expect(model.getFieldValue('usnat', field), field).toBe(1);
    // Allowing again: did not opt out.
    consent.optInToInterestBasedAds();
    expect(new GppModel(ping().gppString).getFieldValue('usnat', 'SaleOptOut')).toBe(2);
  });

  it('an advertising service allowed on its own does not undo the opt-out every vendor reads; the display status follows the banner', () => {
    const consent = usConsent();
    install(consent);
    const display: unknown[] = [];
    (page.__gpp as unknown as Gpp)('addEventListener', (event: { eventName: string; data: unknown }) => event.eventName === 'cmpDisplayStatus' && display.push(event.data));
    consent.setConsent({ preferences: false, analytics: false, social: false, advertising: false, 'advertising:adpartner': true });
    expect(consent.hasConsent('advertising:adpartner')).toBe(true);
    expect(new GppModel(ping().gppString).getFieldValue('usnat', 'TargetedAdvertisingOptOut')).toBe(1);
    expect(display).toEqual(['hidden']);
    expect(ping().cmpDisplayStatus).toBe('hidden');
  });

  it('carries the GPC signal, and MSPA coverage as configured', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    install(usConsent(), { mspa: 'service-provider', cmpId: 300, cmpVersion: 2, sale: false });
    const state = ping();
    expect(state).toMatchObject({ cmpId: 300, cmpVersion: 2 });
    const model = new GppModel(state.gppString);
    expect(model.getFieldValue('usnat', 'Gpc')).toBe(true);
    // GPC is honored by default: opted out.
    expect(model.getFieldValue('usnat', 'SharingOptOut')).toBe(1);
    expect([model.getFieldValue('usnat', 'SaleOptOutNotice'), model.getFieldValue('usnat', 'SaleOptOut')]).toEqual([0, 0]);
    // The general notice of processing is given whatever the site does not do.
    expect(model.getFieldValue('usnat', 'SharingNotice')).toBe(1);
    expect(['MspaCoveredTransaction', 'MspaOptOutOptionMode', 'MspaServiceProviderMode'].map((field) => model.getFieldValue('usnat', field))).toEqual([1, 2, 1]);
  });

  it('under the opt-in jurisdiction no section applies, unless the site says it does', () => {
    install(createConsent({ store: memoryStore() }));
    expect(ping()).toMatchObject({ sectionList: [], applicableSections: [-1], gppString: 'DBAA', parsedSections: {} });
    expect(call('hasSection', 'usnat')).toEqual([false, true]);
    expect(call('getSection', 'usnat')).toEqual([null, true]);
    stops.pop()!();
    install(createConsent({ store: memoryStore() }), { applies: true });
    // Opt-in: nothing allowed yet, so opted out.
    expect(new GppModel(ping().gppString).getFieldValue('usnat', 'TargetedAdvertisingOptOut')).toBe(1);
  });

  it('answers the calls a stub queued, in order, and hostile or unknown commands safely', () => {
    const answers: unknown[] = [];
    page.__gpp = Object.assign(() => {}, { queue: [['ping', (data: GppState) => answers.push(data.cmpStatus)], ['hasSection', (data: boolean) => answers.push(data), 'usnat'], 'junk'] });
    install(usConsent());
    expect(answers).toEqual(['loaded', true]);
    expect(call('hasSection', '__proto__')).toEqual([false, true]);
    expect(call('getField', 'usnat.constructor')).toEqual([null, true]);
    expect(call('getField', 42)).toEqual([null, true]);
    expect(call('nonsense')).toEqual([null, false]);
    expect(() => (page.__gpp as unknown as Gpp)('ping', 'not a function' as never)).not.toThrow();
  });

  it("takes over an IAB stub's listeners with their ids, and tells every listener from before that the signal is ready", () => {
    const heard: [number, string, unknown][] = [];
    const listen = (event: { listenerId: number; eventName: string; data: unknown }) => heard.push([event.listenerId, event.eventName, event.data]);
    page.__gpp = Object.assign(() => {}, { queue: [['addEventListener', listen]], events: [{ id: 4, callback: listen, parameter: undefined }, { id: 'x' }] });
    install(usConsent());
    expect(heard).toEqual([
      [5, 'listenerRegistered', true],
      [4, 'cmpStatus', 'loaded'],
      [5, 'cmpStatus', 'loaded'],
      [4, 'signalStatus', 'ready'],
      [5, 'signalStatus', 'ready'],
    ]);
    expect(call('removeEventListener', 4)).toEqual([true, true]);
  });

  it('one queued call that throws loses nothing else: the rest are answered and changes still heard', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const answers: unknown[] = [];
    const events: string[] = [];
    page.__gpp = Object.assign(() => {}, {
      queue: [
        ['ping', () => { throw new Error('vendor bug'); }],
        ['hasSection', (data: boolean) => answers.push(data), 'usnat'],
        ['addEventListener', (event: { eventName: string }) => events.push(event.eventName)],
      ],
    });
    const consent = usConsent();
    install(consent);
    expect(answers).toEqual([true]);
    consent.rejectAll();
    expect(events).toContain('sectionChange');
    expect(error).toHaveBeenCalledWith('[ConsentKit] a GPP callback failed:', expect.any(Error));
  });

  it('leaves another CMP that already runs in charge, and says so', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const other = ((command: string, callback: (data: unknown, ok: boolean) => void) => command === 'ping' && callback({ cmpStatus: 'loaded' }, true)) as never;
    page.__gpp = other;
    const stop = install(usConsent());
    expect(page.__gpp).toBe(other);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('another GPP CMP runs on this page'));
    expect(document.querySelector('iframe[name="__gppLocator"]')).toBeNull();
    stop();
    expect(page.__gpp).toBe(other);
  });

  it('removes a listener by id; a throwing listener does not stop the others', () => {
    const consent = usConsent();
    install(consent);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let id = 0;
    const heard: string[] = [];
    (page.__gpp as unknown as Gpp)('addEventListener', (event: { eventName: string; listenerId: number }) => {
      id = event.listenerId;
      if (event.eventName !== 'listenerRegistered') throw new Error('listener bug');
    });
    (page.__gpp as unknown as Gpp)('addEventListener', (event: { eventName: string }) => heard.push(event.eventName));
    consent.rejectAll();
    expect(heard).toContain('sectionChange');
    expect(error).toHaveBeenCalledWith('[ConsentKit] a GPP callback failed:', expect.any(Error));
    expect(call('removeEventListener', id)).toEqual([true, true]);
    expect(call('removeEventListener', id)).toEqual([false, true]);
  });

  it('answers frames through the __gppLocator frame, as an object or as a string', async () => {
    install(usConsent());
    expect(document.querySelector('iframe[name="__gppLocator"]')).not.toBeNull();
    const replies: unknown[] = [];
    const source = { postMessage: (reply: unknown) => replies.push(reply) };
    dispatchEvent(new MessageEvent('message', { data: { __gppCall: { command: 'getField', parameter: 'usnat.SaleOptOut', callId: 7 } }, source: source as never }));
    dispatchEvent(new MessageEvent('message', { data: JSON.stringify({ __gppCall: { command: 'hasSection', parameter: 'usnat', callId: 'a' } }), source: source as never }));
    dispatchEvent(new MessageEvent('message', { data: '{not json', source: source as never }));
    expect(replies).toEqual([{ __gppReturn: { returnValue: 2, success: true, callId: 7 } }, JSON.stringify({ __gppReturn: { returnValue: true, success: true, callId: 'a' } })]);
  });

  it("leaves frames to a stub that made the locator already (it relays their calls): they are not answered twice", () => {
    document.body.appendChild(Object.assign(document.createElement('iframe'), { name: '__gppLocator' }));
    install(usConsent());
    expect(document.querySelectorAll('iframe[name="__gppLocator"]')).toHaveLength(1);
    const replies: unknown[] = [];
    dispatchEvent(new MessageEvent('message', { data: { __gppCall: { command: 'ping', callId: 1 } }, source: { postMessage: (reply: unknown) => replies.push(reply) } as never }));
    expect(replies).toEqual([]);
  });

  it('reports invalid options and uses the defaults; the returned function uninstalls', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stop = install(usConsent(), { mspa: 'yes' as never, cmpId: -1 });
    expect(error.mock.calls[0]![0]).toContain('gpp.mspa');
    expect(error.mock.calls[0]![0]).toContain('gpp.cmpId');
    expect(new GppModel(ping().gppString).getFieldValue('usnat', 'MspaCoveredTransaction')).toBe(2);
    stop();
    expect(page.__gpp).toBeUndefined();
    // No frame left that vendors would find with nobody answering.
    expect(document.querySelector('iframe[name="__gppLocator"]')).toBeNull();
  });
});
