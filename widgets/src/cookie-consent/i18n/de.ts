import type { CookieDictionary } from './cookie-dictionary.js';

export const cookieDe: CookieDictionary = {
  title: 'Cookies auf dieser Website',
  intro:
    'Wir verwenden unbedingt erforderliche Cookies, damit diese Website funktioniert. Mit Ihrer Einwilligung verwenden wir und unsere Partner auch Cookies, um Ihre Einstellungen zu speichern, Besuche zu messen und Ihnen Werbung nach Ihren Interessen zu zeigen. Sie können Ihre Wahl jederzeit über „Cookie-Einstellungen“ ändern.',
  policy: 'Cookie-Richtlinie',
  acceptAll: 'Alle akzeptieren',
  refuseAll: 'Alle ablehnen',
  choose: 'Auswählen',
  settingsTitle: 'Wählen Sie, welche Cookies wir verwenden dürfen',
  save: 'Meine Auswahl speichern',
  alwaysOn: 'Immer aktiv',
  gpc: 'Ihr Browser sendet ein Global-Privacy-Control-Signal: Marketing- und Werbe-Cookies von Drittanbietern bleiben aus.',
  reopen: 'Cookie-Einstellungen',
  saved: 'Ihre Cookie-Auswahl wurde gespeichert.',
  failed:
    'Ihre Wahl gilt auf dieser Seite, konnte aber nicht gespeichert werden; wir fragen beim nächsten Besuch erneut.',
  loading: 'Die Beschreibungen werden geladen…',
};
