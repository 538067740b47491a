import { createConsent, memoryStore, type CategoryInfo } from '@consentkit/sdk';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountPolicy } from '../src/index';
import { declarationRows } from '../src/policy/rows';
import { defaultPolicyTexts } from '../src/policy/texts';
import { builtInCategories, FakeConsentKit } from './helpers';


/** Categories as the engine resolves a config that declares what each stores (cookies, storage, indexedDB). */
function declaredCategories(): CategoryInfo[] {
  const categories = builtInCategories() as unknown as Record<string, unknown>[];
  Object.assign(categories[1]!, { storage: [{ key: 'player.volume', type: 'local', description: 'Remembers the volume.', lifetime: 'until cleared' }] });
  Object.assign(categories[2]!, {
    cookies: [{ name: '_ck_a', description: 'Counts visits.', lifetime: '13 months', provider: 'Caseloop Analytics' }],
    indexedDB: [{ name: 'analytics-queue', description: 'Page views waiting to be sent.' }],
  });
  Object.assign(categories[3]!, {
    services: [
      { id: 'adpartner', label: 'AdPartner Inc.', cookies: [{ name: 'ap_uid', thirdParty: true, lifetime: '1 year', description: 'Your interests.' }] },
    ],
  });
  Object.assign(categories[4]!, {
    services: [{ id: 'chirp', label: 'Chirp' }],
    storage: [{ key: 'social_*', description: '<b>not markup</b>' }],
  });
  return categories as unknown as CategoryInfo[];
}

function render(consent = new FakeConsentKit(declaredCategories()), options: Parameters<typeof mountPolicy>[2] = {}) {
  const element = document.body.appendChild(document.createElement('div'));
  element.textContent = 'Enable JavaScript to see the cookie declaration.';
  const handle = mountPolicy(consent, element, options);
  const section = (id: string) => element.querySelector<HTMLElement>(`[data-category="${id}"]`)!;
  const rows = (id: string) =>
    [...section(id).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
  return { element, handle, consent, section, rows };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = '';
});

describe('mountPolicy: the cookie declaration', () => {
  it('replaces the fallback with one section per category, headed by its label, with its purpose', () => {
    const { element, section } = render();
    expect(element.textContent).not.toContain('Enable JavaScript');
    expect([...element.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Strictly necessary',
      'Preferences (HTML5 storage)',
      'Analytics',
      'Interest-based advertising',
      'Social media',
      'Browser privacy signals',
    ]);
    expect(section('analytics').textContent).toContain('Counts visits and navigation paths so we can see trends and improve the site.');
  });

  it('lists the consent cookie first under necessary, with its lifetime', () => {
    expect(render().rows('necessary')).toEqual([
      ['ck_consent', 'Cookie', 'This site', 'First party', '182 days', 'Remembers your consent choices.'],
    ]);
  });

  it('lists what each category and its services declare: type, provider, party, lifetime, purpose', () => {
    const { rows } = render();
    expect(rows('preferences')).toEqual([['player.volume', 'Local storage', 'This site', 'First party', 'until cleared', 'Remembers the volume.']]);
    expect(rows('analytics')).toEqual([
      ['_ck_a', 'Cookie', 'Caseloop Analytics', 'First party', '13 months', 'Counts visits.'],
      ['analytics-queue', 'IndexedDB database', 'This site', 'First party', '', 'Page views waiting to be sent.'],
    ]);
    // A service's label is the provider of what it declares.
    expect(rows('advertising')).toEqual([['ap_uid', 'Cookie', 'AdPartner Inc.', 'Third party', '1 year', 'Your interests.']]);
  });

  it('is an accessible table: a caption, column and row headers, in a named, focusable scrolling region', () => {
    const { section } = render();
    const region = section('analytics').querySelector('.ck-scroll')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).toBe('What Analytics stores in your browser');
    expect(region.querySelector('caption')?.textContent).toBe('What Analytics stores in your browser');
    expect([...region.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual(
      ['Name', 'Type', 'Provider', 'First or third party', 'Lifetime', 'Purpose'].map((name) => [name, 'col']),
    );
    expect(region.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
  });

  it('names the social widgets’ providers and the advertising partners', () => {
    const { section } = render();
    expect(section('social').textContent).toContain('Provided by: Chirp');
    expect(section('advertising').textContent).toContain('Provided by: AdPartner Inc.');
  });

  it('says how to opt out of interest-based ads, that generic ads continue, and links the industry pages', () => {
    const { section } = render();
    expect(section('advertising').textContent).toContain('you will still see generic ads');
    expect([...section('advertising').querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['NAI', 'https://optout.networkadvertising.org/'],
    ]);
  });

  it('renders an unsafe link as text only', () => {
    const consent = new FakeConsentKit(declaredCategories());
    const disclosure = consent.getDisclosure();
    vi.spyOn(consent, 'getDisclosure').mockReturnValue({ ...disclosure, industryOptOut: [{ label: 'Evil', url: 'javascript:alert(1)' }] });
    const { section } = render(consent);
    expect(section('advertising').querySelector('a')).toBeNull();
    expect(section('advertising').textContent).toContain('Evil');
  });

  it('renders text from config as text', () => {
    expect(render().section('social').querySelector('b')).toBeNull();
  });

  it('states the DNT and GPC positions', () => {
    const { element } = render();
    expect(element.querySelector('[data-signal="dnt"]')?.textContent).toBe('This site does not respond to Do Not Track (DNT) signals.');
    expect(element.querySelector('[data-signal="gpc"]')?.textContent).toContain('Global Privacy Control (GPC)');
  });

  it('shows the visitor’s current choice and follows every change', () => {
    const { consent, section } = render();
    expect(section('necessary').textContent).toContain('Your choice: Always on');
    expect(section('analytics').textContent).toContain('Your choice: Not allowed');
    act(() => consent.setConsent({ analytics: true }));
    expect(section('analytics').textContent).toContain('Your choice: Allowed');
  });

  it('offers a settings button only when it can open them', () => {
    expect(render().element.querySelector('button')).toBeNull();
    const openPreferences = vi.fn();
    const button = render(undefined, { openPreferences }).element.querySelector('button')!;
    expect(button.textContent).toBe('Change cookie settings');
    button.click();
    expect(openPreferences).toHaveBeenCalledTimes(1);
  });

  it('takes a heading level, and ignores one that is not 2 to 6', () => {
    expect(render(undefined, { headingLevel: 4 }).element.querySelectorAll('h4')).toHaveLength(6);
    expect(render(undefined, { headingLevel: 9 as never }).element.querySelectorAll('h3')).toHaveLength(6);
  });

  it('rewords anything, and speaks the page’s language with lang and dir set', async () => {
    const reworded = render(undefined, { texts: { thisSite: 'Caseloop', columnName: 'Cookie name' } });
    expect(reworded.rows('necessary')[0]?.[2]).toBe('Caseloop');
    expect(reworded.element.querySelector('thead th')?.textContent).toBe('Cookie name');
    document.documentElement.lang = 'ar';
    const arabic = render();
    await vi.waitFor(() => expect(arabic.element.getAttribute('lang')).toBe('ar'));
    expect(arabic.element.getAttribute('dir')).toBe('rtl');
    const pack = (await import('../src/lang/ar')).default;
    expect(arabic.section('necessary').querySelector('h3')?.textContent).toBe(pack.categories.necessary!.label);
    expect(arabic.rows('necessary')[0]).toEqual(['ck_consent', 'ملف تعريف ارتباط', 'هذا الموقع', 'طرف أول', '182 يومًا', 'يتذكّر خياراتك بشأن الموافقة.']);
    expect(arabic.element.querySelector('thead th')?.textContent).toBe('الاسم');
  });

  it("states the engine's default DNT and GPC positions in the page's language, and a site's own statement as written", async () => {
    document.documentElement.lang = 'fr';
    const french = render();
    await vi.waitFor(() => expect(french.element.getAttribute('lang')).toBe('fr'));
    const signal = (element: HTMLElement, name: string) => element.querySelector(`[data-signal="${name}"]`)?.textContent;
    expect(signal(french.element, 'dnt')).toBe('Ce site ne répond pas aux signaux Do Not Track (DNT).');
    expect(signal(french.element, 'gpc')).toBe('Ce site respecte les signaux Global Privacy Control (GPC) comme un refus de la publicité ciblée.');

    const consent = new FakeConsentKit(declaredCategories());
    const disclosure = consent.getDisclosure();
    vi.spyOn(consent, 'getDisclosure').mockReturnValue({
      ...disclosure,
      signals: {
        dnt: { honored: false, statement: 'Wir reagieren nicht auf DNT.' },
        gpc: { honored: false, statement: 'This site does not respond to Global Privacy Control (GPC) signals.' },
      },
    });
    const own = render(consent);
    await vi.waitFor(() => expect(own.element.getAttribute('lang')).toBe('fr'));
    expect(signal(own.element, 'dnt')).toBe('Wir reagieren nicht auf DNT.');
    expect(signal(own.element, 'gpc')).toBe('Ce site ne répond pas aux signaux Global Privacy Control (GPC).');
  });

  it("knows the engine's default statements word for word, so it can translate them", () => {
    const statements = (gpc: 'honor' | 'ignore') => createConsent({ gpc, store: memoryStore() }).getDisclosure().signals;
    expect(statements('honor').dnt.statement).toBe(defaultPolicyTexts.dntStatement);
    expect(statements('honor').gpc.statement).toBe(defaultPolicyTexts.gpcHonoredStatement);
    expect(statements('ignore').gpc.statement).toBe(defaultPolicyTexts.gpcIgnoredStatement);
  });

  it('stops following the engine once destroyed', () => {
    const { consent, handle, element } = render();
    handle.destroy();
    expect(element.children).toHaveLength(0);
    expect(consent.listenerCount('change')).toBe(0);
  });

  it('never throws into the page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { getDisclosure: () => { throw new Error('boom'); } } as never;
    const element = document.body.appendChild(document.createElement('div'));
    expect(() => mountPolicy(broken, element).destroy()).not.toThrow();
    expect(error).toHaveBeenCalled();
  });
});

describe('the declaration’s translations', () => {
  it('translate every string of it, in every language the banner ships', async () => {
    const { POLICY_TRANSLATIONS } = await import('../src/policy/translations');
    const { PACKS } = await import('../src/language');
    expect(Object.keys(POLICY_TRANSLATIONS).sort()).toEqual(Object.keys(PACKS).sort());
    for (const [lang, strings] of Object.entries(POLICY_TRANSLATIONS)) {
      expect(Object.keys(strings).sort(), lang).toEqual(Object.keys(defaultPolicyTexts).sort());
      for (const [key, text] of Object.entries(strings)) expect(text.trim().length, `${lang}.${key}`).toBeGreaterThan(1);
      expect(strings.days, lang).toContain('{n}');
      expect(strings.tableCaption, lang).toContain('{category}');
    }
  });
});

describe('declarationRows', () => {
  it('adds the refusal lifetime when a refusal is kept shorter', () => {
    const consent = new FakeConsentKit();
    const disclosure = { ...consent.getDisclosure(), consentCookie: { name: 'c', expiresAfterDays: 395, refusalExpiresAfterDays: 30 } };
    expect(declarationRows(builtInCategories()[0]!, disclosure, defaultPolicyTexts)[0]?.lifetime).toBe('395 days (30 days after a refusal)');
  });

  it('says "Local or session storage" for a key declared for both', () => {
    const category = { ...builtInCategories()[1]!, storage: [{ key: 'k' }] } as CategoryInfo;
    expect(declarationRows(category, new FakeConsentKit().getDisclosure(), defaultPolicyTexts)[0]?.type).toBe('Local or session storage');
  });
});
