import type { Language } from '../common/language.js';

/** The e-mails telling a person that a passkey was added to or removed from their account. */
export const passkeyMessages: Record<
  Language,
  {
    /** The name of a passkey the person did not name: "Passkey 2". */
    defaultName(ordinal: number): string;
    addedSubject: string;
    addedBody(name: string): string;
    removedSubject: string;
    removedBody(name: string): string;
  }
> = {
  en: {
    defaultName: (ordinal) => `Passkey ${ordinal}`,
    addedSubject: 'A passkey was added to your MyProximus account',
    addedBody: (name) =>
      `The passkey "${name}" can now sign you in to MyProximus without an SMS code.\n\nWas this not you? Sign in with your password and SMS code, remove the passkey under Alerts and Privacy, and call 0800 55 800.`,
    removedSubject: 'A passkey was removed from your MyProximus account',
    removedBody: (name) =>
      `The passkey "${name}" can no longer sign you in to MyProximus.\n\nWas this not you? Call 0800 55 800 at once.`,
  },
  nl: {
    defaultName: (ordinal) => `Toegangssleutel ${ordinal}`,
    addedSubject: 'Er is een toegangssleutel toegevoegd aan je MyProximus-account',
    addedBody: (name) =>
      `Met de toegangssleutel "${name}" kun je je nu zonder sms-code aanmelden bij MyProximus.\n\nWas jij dit niet? Meld je aan met je wachtwoord en sms-code, verwijder de toegangssleutel onder Meldingen en privacy en bel 0800 55 800.`,
    removedSubject: 'Er is een toegangssleutel verwijderd van je MyProximus-account',
    removedBody: (name) =>
      `Met de toegangssleutel "${name}" kun je je niet langer aanmelden bij MyProximus.\n\nWas jij dit niet? Bel meteen 0800 55 800.`,
  },
  fr: {
    defaultName: (ordinal) => `Clé d’accès ${ordinal}`,
    addedSubject: 'Une clé d’accès a été ajoutée à votre compte MyProximus',
    addedBody: (name) =>
      `La clé d’accès « ${name} » peut désormais vous connecter à MyProximus sans code SMS.\n\nCe n'était pas vous ? Connectez-vous avec votre mot de passe et un code SMS, supprimez la clé d’accès sous Alertes et confidentialité, et appelez le 0800 55 800.`,
    removedSubject: 'Une clé d’accès a été supprimée de votre compte MyProximus',
    removedBody: (name) =>
      `La clé d’accès « ${name} » ne peut plus vous connecter à MyProximus.\n\nCe n'était pas vous ? Appelez immédiatement le 0800 55 800.`,
  },
  de: {
    defaultName: (ordinal) => `Passkey ${ordinal}`,
    addedSubject: 'Ihrem MyProximus-Konto wurde ein Passkey hinzugefügt',
    addedBody: (name) =>
      `Mit dem Passkey „${name}“ können Sie sich jetzt ohne SMS-Code bei MyProximus anmelden.\n\nWaren Sie das nicht? Melden Sie sich mit Passwort und SMS-Code an, entfernen Sie den Passkey unter Benachrichtigungen und Datenschutz und rufen Sie 0800 55 800 an.`,
    removedSubject: 'Ein Passkey wurde aus Ihrem MyProximus-Konto entfernt',
    removedBody: (name) =>
      `Mit dem Passkey „${name}“ können Sie sich nicht mehr bei MyProximus anmelden.\n\nWaren Sie das nicht? Rufen Sie sofort 0800 55 800 an.`,
  },
};
