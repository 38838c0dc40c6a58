// Français, en vouvoyant, comme une boutique en ligne rédige son bandeau cookies.
import type { Texts } from './en';

const fr: Texts = {
  title: 'Nous utilisons des cookies',
  description:
    'Nous utilisons des cookies et des technologies similaires pour faire fonctionner la boutique, mémoriser vos préférences, mesurer l’audience du site et vous proposer des publicités adaptées. Vous choisissez ce que vous acceptez et pouvez modifier votre choix à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  policyLink: 'Politique de confidentialité',
  gpcNotice:
    'Votre navigateur envoie le signal Global Privacy Control\u00a0: les cookies publicitaires restent donc désactivés, sauf si vous les activez vous-même.',
  preferencesTitle: 'Paramètres des cookies',
  preferencesDescription:
    'Choisissez les cookies que vous acceptez. Les cookies essentiels assurent le bon fonctionnement de la boutique et sont toujours actifs.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  essentialLabel: 'Essentiels',
  essentialDescription: 'Indispensables au panier, au paiement, à la connexion et à la sécurité.',
  functionalLabel: 'Fonctionnels',
  functionalDescription:
    'Mémorisent vos choix, comme la langue ou les produits consultés, et permettent des services comme le chat en direct.',
  analyticsLabel: 'Mesure d’audience',
  analyticsDescription: 'Nous aident à comprendre comment la boutique est utilisée, afin de l’améliorer.',
  targetingLabel: 'Publicité',
  targetingDescription:
    'Permettent à nos partenaires publicitaires et à nous-mêmes de vous présenter des annonces adaptées à vos centres d’intérêt.',
  withdrawnNotice:
    'Vos choix sont enregistrés. Rechargez la page pour que les cookies que vous avez refusés soient entièrement désactivés.',
  reload: 'Recharger',
  dismiss: 'Masquer',
};

export default fr;
