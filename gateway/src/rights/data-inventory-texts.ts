import type { Language } from '../common/language.js';
import type { DataCategory } from './data-inventory.js';

/** What the access overview says of a category, in one language. */
export interface CategoryTexts {
  title: string;
  origin: string;
  retention: string;
}

/**
 * The data inventory's texts in Dutch, French and German; English is the inventory itself. A
 * category missing here is told in English (a test fails on any: see access-overview.test.ts).
 */
const translations: Record<Exclude<Language, 'en'>, Record<string, CategoryTexts>> = {
  nl: {
    identity: {
      title: 'Naam, e-mailadres, gsm-nummer voor aanmeldcodes, taal',
      origin: 'Door u gegeven toen u klant werd of zich registreerde voor MyProximus',
      retention: 'Tot 10 jaar na het einde van de klantrelatie',
    },
    accounts: {
      title: 'Uw rollen op klantnummers (beheerder, gebruiker, toegangsbeheerder, gemachtigde)',
      origin: 'Uw contract, en de wijzigingen die u of uw beheerder in MyProximus maakte',
      retention: 'Tot 10 jaar na het einde van de klantrelatie',
    },
    subscriptions: {
      title: 'De lijnen en producten die u gebruikt of beheert (mobiel, vast, internet, tv), en hun facturen',
      origin: 'Uw contract',
      retention: 'Tot 10 jaar na het einde van de klantrelatie; facturen 10 jaar',
    },
    'privacy-choices': {
      title: 'Uw privacykeuzes en hun geschiedenis (wie, wanneer, welke tekst, welk kanaal)',
      origin:
        'Uw keuzes, die van uw beheerder voor uw lijn, die van een medewerker aan de telefoon, het privacysignaal van uw browser',
      retention: 'Zo lang als nodig om ze te bewijzen (AVG art. 7(1)); de registratie bevat geen naam of nummer',
    },
    requests: {
      title: 'Uw verzoeken aan de dienst gegevensbescherming en de antwoorden',
      origin: 'Uw verzoeken, en hoe de dienst ze behandelde',
      retention: 'Tot 10 jaar na het einde van de klantrelatie',
    },
    messages: {
      title: 'De sms’en en e-mails die we u stuurden, of anderen over u (een toegangsverzoek)',
      origin:
        'Verstuurd wanneer u zich aanmeldt, uw wachtwoord herstelt, toegang vraagt, of wanneer de dienst u antwoordt',
      retention: 'Bewaard door het berichtenplatform; hier alleen buiten productie',
    },
    security: {
      title: 'Verstuurde aanmeldcodes, sessies, passkeys, mislukte aanmeldpogingen',
      origin: 'Aangemaakt wanneer u zich aanmeldt',
      retention: 'Codes 1 dag, sessies 24 uur na hun einde, passkeys tot u ze verwijdert',
    },
  },
  fr: {
    identity: {
      title: 'Nom, adresse e-mail, numéro de GSM pour les codes de connexion, langue',
      origin: 'Donnés par vous quand vous êtes devenu client ou vous êtes inscrit à MyProximus',
      retention: 'Jusqu’à 10 ans après la fin de la relation client',
    },
    accounts: {
      title: 'Vos rôles sur des numéros de client (administrateur, utilisateur, responsable des accès, délégué)',
      origin: 'Votre contrat, et les changements faits par vous ou votre administrateur dans MyProximus',
      retention: 'Jusqu’à 10 ans après la fin de la relation client',
    },
    subscriptions: {
      title: 'Les lignes et produits que vous utilisez ou gérez (mobile, fixe, internet, TV), et leurs factures',
      origin: 'Votre contrat',
      retention: 'Jusqu’à 10 ans après la fin de la relation client ; factures 10 ans',
    },
    'privacy-choices': {
      title: 'Vos choix de vie privée et leur historique (qui, quand, quel texte, quel canal)',
      origin:
        'Vos choix, ceux de votre administrateur pour votre ligne, ceux d’un agent au téléphone, le signal de vie privée de votre navigateur',
      retention:
        'Aussi longtemps que nécessaire pour les prouver (RGPD art. 7(1)) ; l’enregistrement ne contient ni nom ni numéro',
    },
    requests: {
      title: 'Vos demandes au service de protection des données et leurs réponses',
      origin: 'Vos demandes, et leur traitement par le service',
      retention: 'Jusqu’à 10 ans après la fin de la relation client',
    },
    messages: {
      title:
        'Les SMS et e-mails que nous vous avons envoyés, ou envoyés à d’autres à votre sujet (une demande d’accès)',
      origin:
        'Envoyés quand vous vous connectez, réinitialisez votre mot de passe, demandez un accès, ou quand le service vous répond',
      retention: 'Conservés par la plateforme de messagerie ; ici seulement hors production',
    },
    security: {
      title: 'Codes de connexion envoyés, sessions, passkeys, tentatives de connexion échouées',
      origin: 'Créés quand vous vous connectez',
      retention: 'Codes 1 jour, sessions 24 heures après leur fin, passkeys jusqu’à ce que vous les supprimiez',
    },
  },
  de: {
    identity: {
      title: 'Name, E-Mail-Adresse, Handynummer für Anmeldecodes, Sprache',
      origin: 'Von Ihnen angegeben, als Sie Kunde wurden oder sich bei MyProximus registrierten',
      retention: 'Bis zu 10 Jahre nach dem Ende der Kundenbeziehung',
    },
    accounts: {
      title: 'Ihre Rollen bei Kundennummern (Administrator, Benutzer, Zugangsverantwortlicher, Bevollmächtigter)',
      origin: 'Ihr Vertrag, und die Änderungen, die Sie oder Ihr Administrator in MyProximus vorgenommen haben',
      retention: 'Bis zu 10 Jahre nach dem Ende der Kundenbeziehung',
    },
    subscriptions: {
      title:
        'Die Leitungen und Produkte, die Sie nutzen oder verwalten (Mobil, Festnetz, Internet, TV), und ihre Rechnungen',
      origin: 'Ihr Vertrag',
      retention: 'Bis zu 10 Jahre nach dem Ende der Kundenbeziehung; Rechnungen 10 Jahre',
    },
    'privacy-choices': {
      title: 'Ihre Datenschutzentscheidungen und ihr Verlauf (wer, wann, welcher Text, welcher Kanal)',
      origin:
        'Ihre Entscheidungen, die Ihres Administrators für Ihre Leitung, die eines Mitarbeiters am Telefon, das Datenschutzsignal Ihres Browsers',
      retention:
        'So lange, wie es nötig ist, sie nachzuweisen (DSGVO Art. 7(1)); der Eintrag enthält weder Namen noch Nummer',
    },
    requests: {
      title: 'Ihre Anfragen an den Datenschutzdienst und die Antworten',
      origin: 'Ihre Anfragen, und wie der Dienst sie bearbeitet hat',
      retention: 'Bis zu 10 Jahre nach dem Ende der Kundenbeziehung',
    },
    messages: {
      title: 'Die SMS und E-Mails, die wir Ihnen geschickt haben, oder anderen über Sie (eine Zugangsanfrage)',
      origin:
        'Gesendet, wenn Sie sich anmelden, Ihr Passwort zurücksetzen, Zugang anfragen, oder wenn der Dienst Ihnen antwortet',
      retention: 'Von der Nachrichtenplattform aufbewahrt; hier nur außerhalb der Produktion',
    },
    security: {
      title: 'Gesendete Anmeldecodes, Sitzungen, Passkeys, fehlgeschlagene Anmeldeversuche',
      origin: 'Erzeugt, wenn Sie sich anmelden',
      retention: 'Codes 1 Tag, Sitzungen 24 Stunden nach ihrem Ende, Passkeys bis Sie sie entfernen',
    },
  },
};

/** The category's texts in `language`. */
export function categoryTexts(category: DataCategory, language: Language): CategoryTexts {
  const english = { title: category.title, origin: category.origin, retention: category.retention };
  return language === 'en' ? english : (translations[language][category.key] ?? english);
}
