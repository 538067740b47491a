// Lets QA staff force the banner's options from the address: ?lang=ar&theme=dark&layout=modal (the language and
// theme hold for the opt-out panel and the widget placeholders too, on the ads and social pages). Runs before the
// embed and hands them over through window.ConsentKitConfig.ui, exactly as a site would configure them.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var config = (window.ConsentKitConfig = window.ConsentKitConfig || {});
  var ui = (config.ui = config.ui || {});
  ['lang', 'theme', 'layout'].forEach(function (name) {
    var value = params.get(name);
    if (value) ui[name] = value;
  });
})();
