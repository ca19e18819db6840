import type { CookieDictionary } from './cookie-dictionary.js';

export const cookieNl: CookieDictionary = {
  title: 'Cookies op deze website',
  intro:
    'We gebruiken strikt noodzakelijke cookies om deze website te laten werken. Met je toestemming gebruiken wij en onze partners ook cookies om je voorkeuren te onthouden, bezoeken te meten en je advertenties te tonen die bij je interesses passen. Je kunt je keuze altijd wijzigen via “Cookie-instellingen”.',
  policy: 'Cookiebeleid',
  acceptAll: 'Alles aanvaarden',
  refuseAll: 'Alles weigeren',
  choose: 'Kiezen',
  settingsTitle: 'Kies welke cookies we mogen gebruiken',
  save: 'Mijn keuzes bewaren',
  alwaysOn: 'Altijd aan',
  gpc: 'Je browser stuurt een Global Privacy Control-signaal: marketing- en advertentiecookies van derden blijven uit.',
  reopen: 'Cookie-instellingen',
  saved: 'Je cookiekeuzes zijn bewaard.',
  failed: 'Je keuze geldt op deze pagina, maar kon niet bewaard worden; we vragen het opnieuw bij je volgende bezoek.',
  loading: 'De beschrijvingen worden geladen…',
};
