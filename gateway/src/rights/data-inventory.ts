import type { PurposeKey } from '../purposes/purpose-catalogue.js';

/**
 * What the operator holds about a person in this system, category by category: why (purpose
 * keys of the catalogue), where it comes from, and how long it is kept. The access overview is
 * built from this and the person's rows, never written by hand per person.
 */
export interface DataCategory {
  key: string;
  title: string;
  /** The purposes that use it; `service-delivery` and `legal-obligations` are the contract and the law. */
  purposes: readonly PurposeKey[];
  origin: string;
  retention: string;
}

export const dataInventory: readonly DataCategory[] = [
  {
    key: 'identity',
    title: 'Name, e-mail address, mobile number for sign-in codes, language',
    purposes: ['service-delivery', 'direct-marketing'],
    origin: 'Given by you when you became a customer or registered for MyProximus',
    retention: 'Up to 10 years after the end of the customer relationship',
  },
  {
    key: 'accounts',
    title: 'Your roles on customer numbers (administrator, user, access owner, delegate)',
    purposes: ['service-delivery'],
    origin: 'Your contract, and the changes you or your administrator made in MyProximus',
    retention: 'Up to 10 years after the end of the customer relationship',
  },
  {
    key: 'subscriptions',
    title: 'The lines and products you use or manage (mobile, fixed, internet, TV)',
    purposes: [
      'service-delivery',
      'location-reporting',
      'directory-listing',
      'directory-assistance',
      'tv-personalized-ads',
    ],
    origin: 'Your contract',
    retention: 'Up to 10 years after the end of the customer relationship',
  },
  {
    key: 'privacy-choices',
    title: 'Your privacy choices and their history (who, when, which text, which channel)',
    purposes: ['legal-obligations'],
    origin: 'Your choices, your administrator’s for your line, an agent’s on the phone, your browser’s privacy signal',
    retention: 'As long as needed to prove them (GDPR Art. 7(1)); the record holds no name or number',
  },
  {
    key: 'requests',
    title: 'Your requests to the data protection office and their answers',
    purposes: ['legal-obligations'],
    origin: 'Your requests, and the office’s handling of them',
    retention: 'Up to 10 years after the end of the customer relationship',
  },
  {
    key: 'security',
    title: 'Sign-in codes sent, sessions, failed sign-in attempts',
    purposes: ['service-delivery'],
    origin: 'Generated when you sign in',
    retention: 'Codes 1 day, sessions 24 hours after their end',
  },
];
