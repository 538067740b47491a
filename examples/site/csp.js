// Counts Content Security Policy violations on this page and shows them, so QA staff see at a glance that the
// banner, its dialog and its language packs load under the strict policy the server sends with /csp.html.
(function () {
  'use strict';
  var count = 0;
  function show(text, problem) {
    var status = document.getElementById('csp-status');
    if (!status) return;
    status.textContent = text;
    if (problem) status.setAttribute('data-problem', '');
  }
  document.addEventListener('securitypolicyviolation', function (event) {
    count += 1;
    show(count + (count === 1 ? ' violation' : ' violations') + ' so far; last: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline code') + '.', true);
  });
  document.addEventListener('DOMContentLoaded', function () {
    if (!count) show('No Content Security Policy violation so far.');
  });
})();
