import type { Language } from '../common/language.js';

interface Email {
  subject: string;
  body: string;
}

/** What the person is told about their request, in their language. */
export const rightsMessages: Record<
  Language,
  { informationNeeded(note: string): Email; extended(note: string, due: string): Email }
> = {
  en: {
    informationNeeded: (note) => ({
      subject: 'We need more information for your privacy request',
      body: `To handle your request we need the following: ${note}\nThe time to answer stands still until we receive it.`,
    }),
    extended: (note, due) => ({
      subject: 'Your privacy request needs more time',
      body: `We need more time to answer your request, because: ${note}\nYou will have our answer by ${due} at the latest.`,
    }),
  },
  nl: {
    informationNeeded: (note) => ({
      subject: 'We hebben meer informatie nodig voor je privacyverzoek',
      body: `Om je verzoek te behandelen hebben we het volgende nodig: ${note}\nDe antwoordtermijn staat stil tot we het ontvangen.`,
    }),
    extended: (note, due) => ({
      subject: 'Je privacyverzoek vraagt meer tijd',
      body: `We hebben meer tijd nodig om je verzoek te beantwoorden, omdat: ${note}\nJe krijgt ons antwoord uiterlijk op ${due}.`,
    }),
  },
  fr: {
    informationNeeded: (note) => ({
      subject: "Nous avons besoin d'informations pour votre demande relative à la vie privée",
      body: `Pour traiter votre demande, il nous faut : ${note}\nLe délai de réponse est suspendu jusqu'à leur réception.`,
    }),
    extended: (note, due) => ({
      subject: 'Votre demande relative à la vie privée demande plus de temps',
      body: `Nous avons besoin de plus de temps pour répondre à votre demande, car : ${note}\nVous recevrez notre réponse au plus tard le ${due}.`,
    }),
  },
  de: {
    informationNeeded: (note) => ({
      subject: 'Wir benötigen weitere Informationen zu Ihrer Datenschutzanfrage',
      body: `Um Ihre Anfrage zu bearbeiten, benötigen wir: ${note}\nDie Antwortfrist ruht, bis wir sie erhalten.`,
    }),
    extended: (note, due) => ({
      subject: 'Ihre Datenschutzanfrage benötigt mehr Zeit',
      body: `Wir benötigen mehr Zeit, um Ihre Anfrage zu beantworten, weil: ${note}\nSie erhalten unsere Antwort spätestens am ${due}.`,
    }),
  },
};
