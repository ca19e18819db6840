import type { Language } from '../common/language.js';

/** Texts of the messages this feature sends, in the person's language. */
export const authenticationMessages: Record<
  Language,
  {
    signInCode(code: string, minutes: number): string;
    numberChangeCode(code: string, minutes: number): string;
    resetSubject: string;
    resetBody(link: string, minutes: number): string;
    numberChangedSubject: string;
    numberChangedBody(maskedNumber: string): string;
  }
> = {
  en: {
    signInCode: (code, minutes) =>
      `Your MyProximus code is ${code}. It is valid for ${minutes} minutes. Never share it: Proximus will never ask you for it.`,
    numberChangeCode: (code, minutes) =>
      `Your code to confirm this number for MyProximus is ${code}. It is valid for ${minutes} minutes.`,
    resetSubject: 'Reset your MyProximus password',
    resetBody: (link, minutes) =>
      `Choose a new password for MyProximus with this link (valid ${minutes} minutes):\n${link}\n\nDid you not ask for this? Ignore this e-mail: your password stays the same.`,
    numberChangedSubject: 'Your MyProximus mobile number was changed',
    numberChangedBody: (masked) =>
      `Your sign-in codes now go to ${masked}. Was this not you? Call 0800 55 800 at once.`,
  },
  nl: {
    signInCode: (code, minutes) =>
      `Je MyProximus-code is ${code}. Hij is ${minutes} minuten geldig. Deel hem nooit: Proximus vraagt er nooit naar.`,
    numberChangeCode: (code, minutes) =>
      `Je code om dit nummer voor MyProximus te bevestigen is ${code}. Hij is ${minutes} minuten geldig.`,
    resetSubject: 'Je MyProximus-wachtwoord opnieuw instellen',
    resetBody: (link, minutes) =>
      `Kies een nieuw wachtwoord voor MyProximus met deze link (${minutes} minuten geldig):\n${link}\n\nHeb je dit niet gevraagd? Negeer deze e-mail: je wachtwoord blijft hetzelfde.`,
    numberChangedSubject: 'Je mobiele nummer voor MyProximus is gewijzigd',
    numberChangedBody: (masked) => `Je aanmeldcodes gaan nu naar ${masked}. Was jij dit niet? Bel meteen 0800 55 800.`,
  },
  fr: {
    signInCode: (code, minutes) =>
      `Votre code MyProximus est ${code}. Il est valable ${minutes} minutes. Ne le communiquez jamais : Proximus ne vous le demandera jamais.`,
    numberChangeCode: (code, minutes) =>
      `Votre code pour confirmer ce numéro pour MyProximus est ${code}. Il est valable ${minutes} minutes.`,
    resetSubject: 'Réinitialiser votre mot de passe MyProximus',
    resetBody: (link, minutes) =>
      `Choisissez un nouveau mot de passe pour MyProximus avec ce lien (valable ${minutes} minutes) :\n${link}\n\nVous n'avez rien demandé ? Ignorez cet e-mail : votre mot de passe reste inchangé.`,
    numberChangedSubject: 'Votre numéro de mobile MyProximus a été modifié',
    numberChangedBody: (masked) =>
      `Vos codes de connexion sont désormais envoyés au ${masked}. Ce n'était pas vous ? Appelez immédiatement le 0800 55 800.`,
  },
  de: {
    signInCode: (code, minutes) =>
      `Ihr MyProximus-Code lautet ${code}. Er ist ${minutes} Minuten gültig. Geben Sie ihn nie weiter: Proximus fragt nie danach.`,
    numberChangeCode: (code, minutes) =>
      `Ihr Code zur Bestätigung dieser Nummer für MyProximus lautet ${code}. Er ist ${minutes} Minuten gültig.`,
    resetSubject: 'Ihr MyProximus-Passwort zurücksetzen',
    resetBody: (link, minutes) =>
      `Wählen Sie mit diesem Link ein neues Passwort für MyProximus (${minutes} Minuten gültig):\n${link}\n\nHaben Sie das nicht angefordert? Ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.`,
    numberChangedSubject: 'Ihre Mobilnummer für MyProximus wurde geändert',
    numberChangedBody: (masked) =>
      `Ihre Anmeldecodes gehen jetzt an ${masked}. Waren Sie das nicht? Rufen Sie sofort 0800 55 800 an.`,
  },
};
