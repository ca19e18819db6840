import type { CookieDictionary } from './cookie-dictionary.js';

export const cookieFr: CookieDictionary = {
  title: 'Cookies sur ce site',
  intro:
    'Nous utilisons des cookies strictement nécessaires au fonctionnement de ce site. Avec votre consentement, nous et nos partenaires utilisons aussi des cookies pour retenir vos préférences, mesurer les visites et vous montrer des publicités adaptées à vos centres d’intérêt. Vous pouvez changer d’avis à tout moment via « Paramètres cookies ».',
  policy: 'Politique en matière de cookies',
  acceptAll: 'Tout accepter',
  refuseAll: 'Tout refuser',
  choose: 'Choisir',
  settingsTitle: 'Choisissez les cookies que nous pouvons utiliser',
  save: 'Enregistrer mes choix',
  alwaysOn: 'Toujours actifs',
  gpc: 'Votre navigateur envoie un signal Global Privacy Control : les cookies marketing et publicitaires de tiers restent désactivés.',
  reopen: 'Paramètres cookies',
  saved: 'Vos choix de cookies ont été enregistrés.',
  failed:
    'Votre choix s’applique à cette page mais n’a pas pu être enregistré ; nous vous le redemanderons lors de votre prochaine visite.',
  loading: 'Chargement des descriptions…',
};
