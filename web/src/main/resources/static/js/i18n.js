// The interface's words for scripts: the page embeds its language's js.* messages from the
// server's bundles (i18n/messages*.properties) in <script id="messages">, so pages and scripts
// share one set of translations. t('save.saved') or t('report.matched', 3): {0}, {1}… are
// filled in from the arguments, as MessageFormat does on the server.
const element = document.getElementById('messages');
const messages = element ? JSON.parse(element.textContent) : {};

/** The page's language, as in <html lang>. */
export const lang = document.documentElement.lang || 'en';

/** The message with this key (without the js. prefix), its {n} replaced by the arguments. */
export function t(key, ...args) {
  const pattern = messages[key];
  // a missing key shows itself rather than a blank; the bundle tests keep this from shipping
  if (pattern === undefined) return key;
  return pattern.replace(/\{(\d+)\}/g, (whole, n) => (n < args.length ? String(args[n]) : whole));
}
