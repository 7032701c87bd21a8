// Every page: the Menu button that folds the main navigation on narrow screens.
const toggle = document.getElementById('nav-toggle');
const nav = toggle && toggle.closest('.site-nav');
if (toggle && nav) {
  const setOpen = (open) => {
    nav.classList.toggle('is-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(!nav.classList.contains('is-open')));
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && nav.classList.contains('is-open')) { setOpen(false); toggle.focus(); }
  });
  document.addEventListener('click', (ev) => {
    if (nav.classList.contains('is-open') && !nav.contains(ev.target)) setOpen(false);
  });
}

// The language switcher: choosing a language reloads the page in it (?lang=xx, which the server
// keeps in a cookie). Without scripts, its Change button submits the same form.
const languages = document.getElementById('language-select');
if (languages) {
  const apply = languages.form.querySelector('.language-apply');
  if (apply) apply.hidden = true;
  languages.addEventListener('change', () => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', languages.value);
    window.location.assign(url.toString());
  });
}
