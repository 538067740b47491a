// Osano cookieconsent 3.1: it has no categories, only one opt-in question (allow / deny). Initialised on load,
// as its docs show.
window.addEventListener('load', function () {
  window.cookieconsent.initialise({
    type: 'opt-in',
    position: 'bottom',
    palette: { popup: { background: '#1f2937', text: '#ffffff' }, button: { background: '#1d4ed8', text: '#ffffff' } },
    content: {
      message: 'We use cookies and similar technologies to remember your settings, measure traffic, show interest-based ads and load social media features.',
      allow: 'Accept all',
      deny: 'Reject all',
      link: 'Privacy policy',
      href: '/privacy',
    },
  });
});
