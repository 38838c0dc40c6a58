// Français, en vouvoyant, comme une boutique en ligne rédige son bandeau cookies.
// The preferences dialog's texts: dist/i18n/fr-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const fr: PreferencesTexts = {
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
  consentId: 'Identifiant de consentement',
  withdrawnNotice:
    'Vos choix sont enregistrés. Rechargez la page pour que les cookies que vous avez refusés soient entièrement désactivés.',
  reload: 'Recharger',
  dismiss: 'Masquer',
  optOutNotice:
    'Nous utilisons des cookies pour les statistiques et la publicité, ce qui peut constituer une vente ou un partage de vos données personnelles. Vous pouvez vous y opposer à tout moment.',
  privacyChoices: 'Vos choix de confidentialité',
  optOutHonored: 'Demande d’opposition prise en compte',
};

export default fr;
