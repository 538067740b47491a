// The site's own code on every page: a notification volume and a "recently viewed" list. Both keep their values
// through ConsentKit's consent-gated storage (consent.storage('preferences')). Without that consent they still work
// for this page view, in memory, and nothing is written to the browser.
(function () {
  'use strict';

  var VOLUME = 'caseloop.volume';
  var RECENT = 'caseloop.recent';
  var page = { path: location.pathname, title: document.title.split(' | ')[0] };
  // What this page view knows, whether or not it may be kept.
  var memory = { volume: null, recent: null };

  function byId(id) {
    return document.getElementById(id);
  }

  function start(consent) {
    var prefs = consent.storage('preferences');

    function recent() {
      if (memory.recent) return memory.recent;
      try {
        return JSON.parse(prefs.getItem(RECENT) || '[]');
      } catch (error) {
        return [];
      }
    }

    function volume() {
      var stored = prefs.getItem(VOLUME);
      return memory.volume !== null ? memory.volume : stored !== null ? Number(stored) : 60;
    }

    // Writes what this page view knows; returns whether it was kept (false without consent).
    function persist() {
      var kept = prefs.setItem(RECENT, JSON.stringify(recent()));
      if (memory.volume !== null) kept = prefs.setItem(VOLUME, String(memory.volume)) && kept;
      return kept;
    }

    function render() {
      var kept = consent.hasConsent('preferences');
      var list = byId('recently-viewed');
      if (list) {
        list.replaceChildren.apply(
          list,
          recent().map(function (item) {
            var entry = document.createElement('li');
            var link = entry.appendChild(document.createElement('a'));
            link.href = item.path;
            link.textContent = item.title;
            return entry;
          }),
        );
      }
      var slider = byId('volume');
      if (slider) {
        slider.value = String(volume());
        byId('volume-value').textContent = slider.value + '%';
      }
      document.querySelectorAll('[data-preferences-status]').forEach(function (status) {
        status.textContent = kept
          ? 'Saved in this browser (Preferences allowed).'
          : 'Not saved: works on this page only. Allow Preferences in Cookie settings to keep it.';
      });
    }

    // This page goes first in the list, without duplicates; five at most.
    memory.recent = [page].concat(
      recent().filter(function (item) {
        return item.path !== page.path;
      }),
    ).slice(0, 5);
    persist();

    var slider = byId('volume');
    if (slider) {
      slider.addEventListener('input', function () {
        memory.volume = Number(slider.value);
        persist();
        render();
      });
    }

    consent.on('change', function () {
      // Granted now: keep what the visitor did on this page. Withdrawn: ConsentKit deleted the keys; the
      // values stay in memory for this page view.
      persist();
      render();
    });
    render();
  }

  window.ConsentKit = window.ConsentKit || [];
  window.ConsentKit.push(function (consent) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { start(consent); });
    else start(consent);
  });
})();
