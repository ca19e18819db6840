/** The cookie banner's English texts; every other language has exactly these keys (see CookieDictionary). */
export const cookieEn = {
  title: 'Cookies on this website',
  intro:
    'We use strictly necessary cookies to make this website work. With your consent, we and our partners also use cookies to remember your preferences, to measure visits and to show you ads that match your interests. You can change your mind at any time through “Cookie settings”.',
  policy: 'Cookie policy',
  acceptAll: 'Accept all',
  refuseAll: 'Refuse all',
  choose: 'Choose',
  settingsTitle: 'Choose which cookies we may use',
  save: 'Save my choices',
  alwaysOn: 'Always on',
  gpc: 'Your browser sends a Global Privacy Control signal: marketing and third-party advertising cookies stay off.',
  reopen: 'Cookie settings',
  saved: 'Your cookie choices were saved.',
  failed: 'Your choice applies on this page but could not be saved; we will ask again on your next visit.',
  loading: 'Loading the descriptions…',
};
