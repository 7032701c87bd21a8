// Runs before the page is drawn (a classic script in <head>): marks that scripts run, so the
// phone navigation can fold into its Menu button, and applies the light or dark theme on pages
// that offer one (the editor), so they never flash in the wrong colours.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  if (!root.classList.contains('themeable')) return;
  var chosen = null;
  try { chosen = window.localStorage.getItem('cyr.theme.v1'); } catch (e) { /* storage disabled */ }
  var dark = chosen === 'dark' || (chosen !== 'light' && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
}());
