// Caseloop's own web analytics. The pages include it as <script type="text/plain" data-consent="analytics">, so it
// runs only once the visitor allows analytics; ConsentKit deletes what it stores (declared in site-config.js) when
// that consent is withdrawn.
(function () {
  'use strict';

  function readCookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? match[1] : null;
  }

  function writeCookie(name, value, seconds) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + seconds + '; samesite=lax';
  }

  function randomId() {
    return Math.random().toString(36).slice(2, 12);
  }

  // A visitor id for 13 months and a visit id for 30 minutes of inactivity: first-party cookies.
  writeCookie('_cla_id', readCookie('_cla_id') || randomId(), 395 * 86400);
  writeCookie('_cla_ses', readCookie('_cla_ses') || randomId(), 30 * 60);

  // The navigation path, in localStorage.
  var views = [];
  try {
    views = JSON.parse(localStorage.getItem('cla_pageviews') || '[]');
  } catch (error) {
    views = [];
  }
  views.push({ path: location.pathname, at: new Date().toISOString() });
  localStorage.setItem('cla_pageviews', JSON.stringify(views.slice(-50)));

  // The hit, queued in IndexedDB until it is reported, as real tags do to survive going offline. The connection
  // is closed when done (and on versionchange), so a deletion on withdrawal is never blocked by this page.
  try {
    var request = indexedDB.open('caseloop-analytics', 1);
    request.onupgradeneeded = function () {
      request.result.createObjectStore('hits', { autoIncrement: true });
    };
    request.onsuccess = function () {
      var db = request.result;
      db.onversionchange = function () {
        db.close();
      };
      var transaction = db.transaction('hits', 'readwrite');
      transaction.objectStore('hits').add({ path: location.pathname, at: Date.now() });
      transaction.oncomplete = function () {
        db.close();
        document.documentElement.setAttribute('data-analytics', 'recorded');
      };
    };
  } catch (error) {
    // No IndexedDB: the cookies and the page view are enough for this demo.
  }
})();
