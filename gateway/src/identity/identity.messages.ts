import type { Language } from '../common/language.js';

interface Email {
  subject: string;
  body: string;
}

/** E-mails about roles on a customer number, in the recipient's language. */
export const identityMessages: Record<
  Language,
  {
    administratorReplaced(newAdministrator: string, customerNumber: string): Email;
    accessRequested(requester: string, customerNumber: string, link: string): Email;
    accessApproved(customerNumber: string): Email;
    accessRefused(customerNumber: string): Email;
  }
> = {
  en: {
    administratorReplaced: (name, number) => ({
      subject: 'You are no longer the MyProximus administrator',
      body: `${name} is now the administrator of customer number ${number}. From now on you only see your own mobile usage.`,
    }),
    accessRequested: (name, number, link) => ({
      subject: 'A delegate user asks for access',
      body: `${name} asks for access to customer number ${number} in MyProximus. Approve or refuse it in MyProximus:\n${link}`,
    }),
    accessApproved: (number) => ({
      subject: 'Your MyProximus access was approved',
      body: `Your access to customer number ${number} was approved. Sign in to MyProximus to use it.`,
    }),
    accessRefused: (number) => ({
      subject: 'Your MyProximus access was not approved',
      body: `An access owner of customer number ${number} did not approve your access. Ask them if you think it is a mistake.`,
    }),
  },
  nl: {
    administratorReplaced: (name, number) => ({
      subject: 'Je bent niet langer beheerder in MyProximus',
      body: `${name} is nu de beheerder van klantnummer ${number}. Voortaan zie je alleen je eigen mobiele verbruik.`,
    }),
    accessRequested: (name, number, link) => ({
      subject: 'Een gedelegeerde gebruiker vraagt toegang',
      body: `${name} vraagt toegang tot klantnummer ${number} in MyProximus. Keur het goed of weiger het in MyProximus:\n${link}`,
    }),
    accessApproved: (number) => ({
      subject: 'Je toegang tot MyProximus is goedgekeurd',
      body: `Je toegang tot klantnummer ${number} is goedgekeurd. Meld je aan bij MyProximus om hem te gebruiken.`,
    }),
    accessRefused: (number) => ({
      subject: 'Je toegang tot MyProximus werd niet goedgekeurd',
      body: `Een toegangsbeheerder van klantnummer ${number} keurde je toegang niet goed. Vraag het hem of haar als je denkt dat het een vergissing is.`,
    }),
  },
  fr: {
    administratorReplaced: (name, number) => ({
      subject: "Vous n'êtes plus administrateur MyProximus",
      body: `${name} est désormais l'administrateur du numéro de client ${number}. Vous ne voyez plus que votre propre consommation mobile.`,
    }),
    accessRequested: (name, number, link) => ({
      subject: "Un utilisateur délégué demande l'accès",
      body: `${name} demande l'accès au numéro de client ${number} dans MyProximus. Approuvez-la ou refusez-la dans MyProximus :\n${link}`,
    }),
    accessApproved: (number) => ({
      subject: 'Votre accès MyProximus a été approuvé',
      body: `Votre accès au numéro de client ${number} a été approuvé. Connectez-vous à MyProximus pour l'utiliser.`,
    }),
    accessRefused: (number) => ({
      subject: "Votre accès à MyProximus n'a pas été approuvé",
      body: `Un gestionnaire d'accès du numéro de client ${number} n'a pas approuvé votre accès. Demandez-lui si vous pensez que c'est une erreur.`,
    }),
  },
  de: {
    administratorReplaced: (name, number) => ({
      subject: 'Sie sind nicht mehr MyProximus-Administrator',
      body: `${name} ist jetzt Administrator der Kundennummer ${number}. Ab jetzt sehen Sie nur noch Ihren eigenen Mobilverbrauch.`,
    }),
    accessRequested: (name, number, link) => ({
      subject: 'Ein delegierter Benutzer bittet um Zugang',
      body: `${name} bittet um Zugang zur Kundennummer ${number} in MyProximus. Genehmigen oder verweigern Sie sie in MyProximus:\n${link}`,
    }),
    accessApproved: (number) => ({
      subject: 'Ihr MyProximus-Zugang wurde genehmigt',
      body: `Ihr Zugang zur Kundennummer ${number} wurde genehmigt. Melden Sie sich bei MyProximus an, um ihn zu nutzen.`,
    }),
    accessRefused: (number) => ({
      subject: 'Ihr Zugang zu MyProximus wurde nicht genehmigt',
      body: `Ein Zugangsverwalter der Kundennummer ${number} hat Ihren Zugang nicht genehmigt. Fragen Sie ihn, wenn Sie glauben, dass es ein Irrtum ist.`,
    }),
  },
};
