import { describe, expect, it } from 'vitest';
import { copyUrls, executable, scriptRunner } from '../../src/enforce/scripts';
import { flush } from './helpers';

const blocked = (html: string): HTMLScriptElement => {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild as HTMLScriptElement;
};

describe('executable', () => {
  it('keeps every attribute but type, the text and the nonce', () => {
    const original = blocked(
      '<script type="text/plain" data-consent="analytics" src="/a.js" defer crossorigin="anonymous" integrity="sha384-x" referrerpolicy="no-referrer" id="a" class="t" data-site="1"></script>',
    );
    original.nonce = 'r4nd0m';
    const script = executable(original);
    expect(script.type).toBe('');
    expect(script.getAttribute('src')).toBe('/a.js');
    for (const name of ['defer', 'crossorigin', 'integrity', 'referrerpolicy', 'id', 'class', 'data-site', 'data-consent']) {
      expect(script.getAttribute(name), name).toBe(original.getAttribute(name));
    }
    expect(script.nonce).toBe('r4nd0m');
    expect(script.async).toBe(false); // ordered, as it was in the markup
  });

  it('keeps async, restores a type from data-type, and copies inline text', () => {
    const module = executable(blocked('<script type="text/plain" data-type="module" async>import "./x.js";</script>'));
    expect(module.type).toBe('module');
    expect(module.async).toBe(true);
    expect(module.text).toBe('import "./x.js";');
  });

  it('turns data-src into src (scripts blocked without a src attribute)', () => {
    expect(executable(blocked('<script type="text/plain" data-src="/b.js"></script>')).getAttribute('src')).toBe('/b.js');
  });
});

describe('copyUrls', () => {
  it('copies data-src, data-srcset and data-href, and nothing else', () => {
    const img = blocked('<img data-src="/i.png" data-srcset="/i2.png 2x" data-alt="x">');
    copyUrls(img, img);
    expect(img.getAttribute('src')).toBe('/i.png');
    expect(img.getAttribute('srcset')).toBe('/i2.png 2x');
    expect(img.hasAttribute('alt')).toBe(false);
    const link = blocked('<link rel="stylesheet" data-href="/s.css">');
    copyUrls(link, link);
    expect(link.getAttribute('href')).toBe('/s.css');
  });
});

describe('scriptRunner', () => {
  const setup = () => {
    const placed: HTMLScriptElement[] = [];
    const run = scriptRunner((_blocked, script) => placed.push(script));
    const load = (index: number, type = 'load') => placed[index]!.dispatchEvent(new Event(type));
    const names = () => placed.map((script) => script.getAttribute('src') ?? script.text);
    return { run, load, names, placed };
  };

  it('places ordered external scripts at once (parallel downloads) and holds inline ones until those ran', async () => {
    const { run, load, names } = setup();
    run(blocked('<script type="text/plain" src="/lib.js"></script>'));
    run(blocked('<script type="text/plain" src="/plugin.js"></script>'));
    run(blocked('<script type="text/plain">init()</script>'));
    run(blocked('<script type="text/plain" src="/after.js"></script>'));
    await flush();
    expect(names()).toEqual(['/lib.js', '/plugin.js']);
    load(0);
    await flush();
    expect(names()).toEqual(['/lib.js', '/plugin.js']);
    load(1, 'error'); // a failed script does not block the rest, as in the parser
    await flush();
    expect(names()).toEqual(['/lib.js', '/plugin.js', 'init()', '/after.js']);
  });

  it('places async scripts at once, wherever they are, and holds nothing for them', async () => {
    const { run, names } = setup();
    run(blocked('<script type="text/plain" src="/lib.js"></script>'));
    run(blocked('<script type="text/plain">inline()</script>'));
    run(blocked('<script type="text/plain" src="/async.js" async></script>'));
    expect(names()).toEqual(['/async.js']);
    await flush();
    expect(names()).toEqual(['/async.js', '/lib.js']);
  });

  it('holds nothing for an external script that may no longer run (place answers false)', async () => {
    const placed: string[] = [];
    const run = scriptRunner((_blocked, script) => {
      if (script.getAttribute('src') === '/withdrawn.js') return false;
      placed.push(script.getAttribute('src') ?? script.text);
    });
    run(blocked('<script type="text/plain" src="/withdrawn.js"></script>'));
    run(blocked('<script type="text/plain">after()</script>'));
    await flush();
    // Never inserted, so it never loads: the inline script after it must not wait for it.
    expect(placed).toEqual(['after()']);
  });

  it('keeps going after a script that cannot be placed', async () => {
    const placed: string[] = [];
    let first = true;
    const run = scriptRunner((_blocked, script) => {
      if (first) {
        first = false;
        throw new Error('detached');
      }
      placed.push(script.text);
    });
    const error = console.error;
    console.error = () => {};
    run(blocked('<script type="text/plain">a()</script>'));
    run(blocked('<script type="text/plain">b()</script>'));
    await flush();
    console.error = error;
    expect(placed).toEqual(['b()']);
  });
});
