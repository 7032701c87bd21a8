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
