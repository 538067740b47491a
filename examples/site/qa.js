// Consent QA page. Loaded before the embed, so it talks to ConsentKit only through the documented queue and
// the `consentkit:*` DOM events, exactly as a site's own code would.
(function () {
  'use strict';

  var COOKIE_NAME = 'ck_consent';
  // Every DOM event the embed and the engine dispatch on window. Add new ones here.
  var EVENTS = [
    'consentkit:ready',
    'consentkit:consent',
    'consentkit:change',
    'consentkit:optout',
    'consentkit:optin',
    'consentkit:logged',
    'consentkit:delivered',
  ];
  // The event log's own events refresh the "Consent event log" panel (pending queue, collector rows).
  ['consentkit:logged', 'consentkit:delivered'].forEach(function (type) {
    window.addEventListener(type, function () {
      renderEventLog();
    });
  });
  // A choice made in the banner, a dialog, the opt-out panel or a placeholder is logged with the text it showed.
  window.addEventListener('consentkit:logged', function (event) {
    var wording = byId('qa-wording');
    if (wording) wording.textContent = event.detail.text ? event.detail.event.notice + '\n' + event.detail.text : 'none: this choice was made without a text';
  });
  var pending = []; // events seen before the DOM was ready
  var consentKit = null;
  var decodeRequest = 0;

  function ready(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true });
    else fn();
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function timestamp(date) {
    var pad = function (n, width) {
      return String(n).padStart(width || 2, '0');
    };
    return pad(date.getHours()) + ':' + pad(date.getMinutes()) + ':' + pad(date.getSeconds()) + '.' + pad(date.getMilliseconds(), 3);
  }

  function summarize(type, detail) {
    if (!detail) return '';
    // ready: the instance; logged and delivered: the consent log event (what, and from where).
    if (type === 'consentkit:ready') return 'version=' + detail.consent.version;
    if (detail.event) {
      var notice = detail.event.notice ? ' notice=' + detail.event.notice.slice(0, 12) + '…' : '';
      return detail.event.type + ' source=' + detail.event.source + ' id=' + detail.event.id + notice;
    }
    var parts = [];
    var record = detail.record;
    parts.push(record ? 'method=' + record.method : 'record=null');
    if (detail.source) parts.push('source=' + detail.source);
    if (detail.changed) parts.push('changed=[' + detail.changed.join(', ') + ']');
    if (detail.external) parts.push('external');
    return parts.join(' ');
  }

  function logEvent(entry) {
    var list = byId('qa-log');
    var item = document.createElement('li');
    item.setAttribute('data-event', entry.type);
    var time = document.createElement('time');
    time.dateTime = entry.at.toISOString();
    time.textContent = timestamp(entry.at);
    var name = document.createElement('code');
    name.textContent = entry.type;
    item.append(time, ' ', name, ' ', entry.summary);
    list.append(item);
    list.scrollTop = list.scrollHeight;
  }

  EVENTS.forEach(function (type) {
    window.addEventListener(type, function (event) {
      var entry = { type: type, at: new Date(), summary: summarize(type, event.detail) };
      if (pending) pending.push(entry);
      else logEvent(entry);
      if (type === 'consentkit:change') render();
    });
  });

  function readCookie(name) {
    var pairs = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < pairs.length; i++) {
      var at = pairs[i].indexOf('=');
      if (pairs[i].slice(0, at) === name) return pairs[i].slice(at + 1);
    }
    return null;
  }

  function setStatus(text, problem) {
    var status = byId('qa-status');
    status.textContent = text;
    if (problem) status.setAttribute('data-problem', '');
    else status.removeAttribute('data-problem');
  }

  // One box per optional category and per service (`category:service`), each checked as hasConsent() answers.
  function renderCategories(ck) {
    var fieldset = byId('qa-categories');
    ck.getCategories().forEach(function (category) {
      if (category.required) return;
      [category.id].concat(category.services.map(function (service) {
        return category.id + ':' + service.id;
      })).forEach(function (id) {
        var input = Array.prototype.find.call(fieldset.querySelectorAll('input'), function (box) {
          return box.value === id;
        });
        if (!input) {
          var label = document.createElement('label');
          if (id !== category.id) label.className = 'qa-service';
          input = document.createElement('input');
          input.type = 'checkbox';
          input.value = id;
          input.addEventListener('change', function (event) {
            var choice = {};
            choice[event.target.value] = event.target.checked;
            ck.setConsent(choice);
          });
          var text = document.createElement('span');
          text.textContent = id;
          label.append(input, text);
          fieldset.append(label);
        }
        input.checked = ck.hasConsent(id);
      });
    });
  }

  // What the ad partner may do: its category, and each advertising service on its own (a service the visitor
  // turned off gets generic ads, one turned on alone gets interest-based ones).
  function adsState(ck) {
    if (ck.isOptedOutOfInterestBasedAds()) return 'opted out' + (ck.gpcHonored ? ' (GPC honored)' : '');
    var advertising = ck.getCategories().find(function (category) {
      return category.id === 'advertising';
    });
    var services = (advertising ? advertising.services : []).map(function (service) {
      return service.label + ' ' + (ck.hasConsent('advertising:' + service.id) ? 'allowed' : 'not allowed');
    });
    var category = ck.hasConsent('advertising') ? 'allowed' : ck.getConsent() ? 'not allowed' : 'not allowed (no choice yet)';
    return category + (services.length ? '; ' + services.join(', ') : '');
  }

  function renderCookie() {
    var raw = readCookie(COOKIE_NAME);
    byId('qa-cookie-raw').textContent = raw === null ? '(none)' : raw;
    var request = ++decodeRequest;
    fetch('/api/qa/consent-cookie', { cache: 'no-store' })
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        // A slower, older answer must not overwrite a newer one.
        if (request !== decodeRequest) return;
        byId('qa-cookie-decoded').textContent = body.error ? body.error : JSON.stringify(body.record, null, 2);
      })
      .catch(function (error) {
        if (request === decodeRequest) byId('qa-cookie-decoded').textContent = 'Could not decode: ' + error.message;
      });
  }

  // gtag() pushes its `arguments` object; Tag Manager messages are plain objects.
  function describeEntry(entry) {
    if (Object.prototype.toString.call(entry) === '[object Arguments]') {
      return 'gtag(' + Array.prototype.map.call(entry, function (arg) {
        return JSON.stringify(arg);
      }).join(', ') + ')';
    }
    return JSON.stringify(entry);
  }

  function renderSignals(ck) {
    var asked = new URLSearchParams(location.search).get('region');
    var region = window.ConsentKitConfig && window.ConsentKitConfig.region;
    byId('qa-jurisdiction').textContent =
      'Jurisdiction: ' + ck.jurisdiction + (region ? ' (region ' + region + ')' : ' (no region given)') +
      (asked && asked !== region ? '; ?region=' + asked + ' ignored: not an ISO 3166 code such as US or US-CA' : '');
    var signals = { doNotTrack: navigator.doNotTrack, globalPrivacyControl: navigator.globalPrivacyControl };
    byId('qa-signals').textContent = JSON.stringify(signals, function (key, value) {
      return value === undefined ? null : value;
    }, 2);
    renderGpp();
    var list = byId('qa-datalayer');
    list.replaceChildren.apply(list, (window.dataLayer || []).map(function (entry) {
      var item = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = describeEntry(entry);
      item.append(code);
      return item;
    }));
  }

  // The GPP CMP loads after the embed: shown when it answers, and again on each of its section changes.
  var gppListening = false;
  function renderGpp() {
    if (typeof window.__gpp !== 'function') return;
    window.__gpp('ping', function (ping) {
      if (ping.cmpStatus !== 'loaded') return;
      byId('qa-gpp').textContent = JSON.stringify({ gppString: ping.gppString, applicableSections: ping.applicableSections, usnat: ping.parsedSections.usnat || null }, null, 2);
    });
    if (gppListening) return;
    gppListening = true;
    window.__gpp('addEventListener', function (event) {
      if (event.eventName === 'listenerRegistered' || event.eventName === 'sectionChange') renderGpp();
    });
  }

  var collectedRequest = 0;
  // The consent id the collector's rows are of: the record's, kept after a reset (its `reset` event is logged
  // under it) until a new record comes.
  var consentId = null;

  // Sets the text only when it changed, so the polls below leave screen readers and selections alone.
  function show(id, text) {
    var element = byId(id);
    if (element.textContent !== text) element.textContent = text;
  }

  /** The pending queue, and the collector's rows for this browser's consent id. */
  function renderEventLog() {
    if (!consentKit || pending) return;
    show('qa-optout-state', adsState(consentKit));
    show('qa-pending', JSON.stringify(consentKit.getPendingEvents(), null, 2));
    var record = consentKit.getConsent() || consentKit.getPreviousConsent();
    if (record) consentId = record.id;
    var request = ++collectedRequest;
    if (!consentId) return show('qa-collected', '[]');
    show('qa-collected-id', consentId);
    fetch('/api/consent-log?consentId=' + encodeURIComponent(consentId), { cache: 'no-store' })
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        if (request === collectedRequest) show('qa-collected', JSON.stringify(body.events || body, null, 2));
      })
      .catch(function (error) {
        if (request === collectedRequest) show('qa-collected', 'Could not read the collector: ' + error.message);
      });
  }

  function render() {
    if (!consentKit || pending) return;
    renderSignals(consentKit);
    var record = consentKit.getConsent();
    byId('qa-record').textContent = JSON.stringify(record, null, 2);
    renderCategories(consentKit);
    renderCookie();
    renderEventLog();
    setStatus(
      'ConsentKit ' + consentKit.version + ': ' + (record ? 'choice recorded (' + record.method + ')' : 'no choice recorded') +
        (consentKit.needsConsent() ? ', banner needed.' : '.'),
    );
  }

  // The options form shows what the address asked for (banner-options.js applies it).
  function showOptions() {
    var params = new URLSearchParams(location.search);
    document.querySelectorAll('#qa-options select').forEach(function (select) {
      select.value = params.get(select.name) || '';
    });
  }

  function start(ck) {
    consentKit = ck;
    showOptions();
    document.querySelectorAll('[data-qa-action]').forEach(function (button) {
      // These buttons call the API: the event log records them as such (acceptAll and rejectAll say 'banner'
      // unless told otherwise, for a site's own banner).
      button.addEventListener('click', function () {
        ck[button.getAttribute('data-qa-action')]({ source: 'api' });
      });
    });
    byId('qa-collected-refresh').addEventListener('click', renderEventLog);
    byId('qa-log-clear').addEventListener('click', function () {
      byId('qa-log').replaceChildren();
    });
    byId('qa-requests-clear').addEventListener('click', function () {
      requestsSince = new Date().toISOString();
      renderRequests();
    });
    var seen = pending;
    pending = null;
    seen.forEach(logEvent);
    render();
    watch();
  }

  // What is stored, and what reached the fake third parties. Polled (no browser event covers every kind of
  // storage), and rendered only when it changed, so screen readers and focus are left alone.
  function fill(id, items) {
    var list = byId(id);
    var text = items.join('\n');
    if (list.getAttribute('data-shown') === text) return;
    list.setAttribute('data-shown', text);
    list.replaceChildren.apply(
      list,
      (items.length ? items : ['(none)']).map(function (item) {
        var entry = document.createElement('li');
        entry.textContent = item;
        return entry;
      }),
    );
  }

  function keys(storage) {
    try {
      return Object.keys(storage).sort();
    } catch (error) {
      return ['(blocked)'];
    }
  }

  function renderStored() {
    fill('qa-cookies', document.cookie ? document.cookie.split('; ').sort() : []);
    fill('qa-local', keys(window.localStorage));
    fill('qa-session', keys(window.sessionStorage));
    if (window.indexedDB && indexedDB.databases) {
      indexedDB.databases().then(function (databases) {
        fill('qa-idb', databases.map(function (database) { return database.name; }).sort());
      });
    }
  }

  // Requests logged before this time are hidden ("Clear"): the server keeps one log for every browser.
  var requestsSince = '';

  function renderRequests() {
    fetch('/api/qa/third-party-requests', { cache: 'no-store' })
      .then(function (response) {
        return response.json();
      })
      .then(function (entries) {
        fill(
          'qa-requests',
          entries
            .filter(function (entry) {
              return entry.at > requestsSince;
            })
            .reverse()
            .map(function (entry) {
              // The event log's clock: local time, to the millisecond, so the two can be read side by side.
              return timestamp(new Date(entry.at)) + ' ' + entry.method + ' ' + entry.url + ' from ' + (entry.page || '(no referrer)') +
                (entry.cookies.length ? ', cookies: ' + entry.cookies.join(', ') : ', no cookies');
            }),
        );
      })
      .catch(function () {
        // The server is gone or restarting: the next poll tries again.
      });
  }

  function watch() {
    renderStored();
    renderRequests();
    setInterval(renderStored, 500);
    setInterval(function () {
      if (document.hidden) return;
      renderRequests();
      renderEventLog();
    }, 2000);
  }

  window.ConsentKit = window.ConsentKit || [];
  window.ConsentKit.push(function (ck) {
    ready(function () {
      start(ck);
    });
  });

  // If the embed never arrives (not built, blocked), say so instead of waiting forever.
  window.addEventListener('load', function () {
    if (!consentKit && Array.isArray(window.ConsentKit)) {
      setStatus('ConsentKit did not load: is packages/sdk/dist/consentkit.js built?', true);
    }
  });
})();
