// The template gallery: the filter form narrows the cards as soon as a choice changes, and the
// address follows, so a filtered gallery can be bookmarked or shared. Without this script the same
// form is sent as a GET and the server draws the filtered gallery (see GalleryFilter).
import { t } from './i18n.js';

const form = document.getElementById('gallery-filters');
const cards = [...document.querySelectorAll('#gallery > li')];
const count = document.getElementById('gallery-count');
const empty = document.getElementById('gallery-empty');
const clear = document.getElementById('gallery-clear');
const apply = document.getElementById('gallery-apply');
const details = document.getElementById('gallery-filter-details');
const chosenLabel = document.getElementById('gallery-chosen');

/** The chosen answers, in the form's order: [[name, value]] with empty values ("any") left out. */
function chosen() {
  return [...new FormData(form).entries()].filter(([, value]) => value !== '');
}

/**
 * Whether a card passes every chosen answer. Each card lists the answers it passes in
 * data-answers, as "name:value" words: "columns:2 photo:yes style:modern bestFor:it".
 */
function passes(card, answers) {
  const its = (card.dataset.answers || '').split(' ');
  return answers.every(([name, value]) => its.includes(`${name}:${value}`));
}

function update() {
  const answers = chosen();
  let shown = 0;
  for (const card of cards) {
    const pass = passes(card, answers);
    card.hidden = !pass;
    if (pass) shown += 1;
  }
  const total = cards.length;
  const one = total === 1;
  if (answers.length === 0) count.textContent = one ? t('gallery.all.one', total) : t('gallery.all.other', total);
  else count.textContent = one ? t('gallery.shown.one', shown, total) : t('gallery.shown.other', shown, total);
  empty.hidden = shown > 0;
  clear.hidden = answers.length === 0;
  if (chosenLabel) chosenLabel.textContent = answers.length ? t('gallery.chosen', answers.length) : '';
  const query = new URLSearchParams(answers).toString();
  window.history.replaceState(null, '', query ? `${window.location.pathname}?${query}` : window.location.pathname);
}

function clearAll() {
  for (const radio of form.querySelectorAll('input[type="radio"][value=""]')) radio.checked = true;
  update();
}

if (form && count && empty && clear) {
  // choices apply at once, so the button only matters without this script
  if (apply) apply.hidden = true;
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => { event.preventDefault(); update(); });
  for (const link of document.querySelectorAll('[data-clear-filters]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      clearAll();
      // the link may have just been hidden: keep the keyboard in the form
      form.querySelector('input[type="radio"]').focus();
    });
  }
  // on a phone the form would push every card below the fold: fold it until asked for, unless the
  // address already chose something (then the choices stay in sight)
  if (details && chosen().length === 0 && window.matchMedia('(max-width: 760px)').matches) details.open = false;
  // a page restored from the history may come back with other choices than the server drew
  update();
}
