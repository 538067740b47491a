import { describe, expect, it, vi } from 'vitest';
import { createConsentWith } from '../../src/consent';
import { deliver } from '../../src/optout/delivery-entry';
import type { DeliveryModule } from '../../src/optout/log';
import { memoryStore } from '../../src/store/memory';
import { testStorage, testTransport } from './helpers';

describe('loading the delivery code', () => {
  it('is not loaded while nothing is pending, and is loaded by the first event', async () => {
    const load = vi.fn(async (): Promise<DeliveryModule> => ({ deliver }));
    const consent = createConsentWith({ store: memoryStore(), optOut: { transport: testTransport(), storage: testStorage() } }, load);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    consent.optOutOfInterestBasedAds();
    await vi.waitFor(() => expect(consent.getPendingEvents()).toEqual([]));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('when it cannot load (offline), keeps the event queued and tries again when the browser is back online', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const transport = testTransport();
    const load = vi.fn<() => Promise<DeliveryModule>>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue({ deliver });
    const consent = createConsentWith({ store: memoryStore(), optOut: { transport, storage: testStorage() } }, load);
    consent.optOutOfInterestBasedAds();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('events stay queued'), expect.any(TypeError)));
    expect(consent.getPendingEvents()).toHaveLength(1);
    dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(consent.getPendingEvents()).toEqual([]));
    expect(transport.batches).toHaveLength(1);
  });

  it('a delivery module that is not the one this engine expects (another version) is reported, and tried again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const transport = testTransport();
      const load = vi.fn<() => Promise<DeliveryModule>>().mockResolvedValueOnce({} as DeliveryModule).mockResolvedValue({ deliver });
      const consent = createConsentWith({ store: memoryStore(), optOut: { transport, storage: testStorage() } }, load);
      consent.optOutOfInterestBasedAds();
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('events stay queued'), expect.any(TypeError)));
      consent.optInToInterestBasedAds();
      await vi.waitFor(() => expect(consent.getPendingEvents()).toEqual([]));
      expect(transport.batches.flat()).toHaveLength(2);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it("beacons a closing page's events in batches of batchSize: a beacon that fails costs the others nothing", () => {
    const transport = testTransport(() => new Promise(() => {}));
    const beacon = transport.beacon.bind(transport);
    let calls = 0;
    transport.beacon = (events) => {
      if (++calls == 1) throw new TypeError('beacon refused');
      return beacon(events);
    };
    const consent = createConsentWith({ store: memoryStore(), optOut: { transport, storage: testStorage(), batchSize: 2 } }, () => new Promise(() => {}));
    for (let i = 0; i < 5; i++) consent.setConsent({ analytics: i % 2 == 0 });
    dispatchEvent(new Event('pagehide'));
    expect(calls).toBe(3);
    expect(transport.beacons.map((batch) => batch.length)).toEqual([2, 1]);
  });

  it('a storage that is full still delivers the event while the page lives', async () => {
    const storage = testStorage();
    storage.failure = 'full';
    const transport = testTransport();
    const consent = createConsentWith({ store: memoryStore(), optOut: { transport, storage } }, async () => ({ deliver }));
    consent.optOutOfInterestBasedAds();
    expect(storage.map.size).toBe(0);
    await vi.waitFor(() => expect(transport.batches).toHaveLength(1));
    expect(consent.getPendingEvents()).toEqual([]);
  });
});
