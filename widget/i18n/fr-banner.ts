// Français, en vouvoyant, comme une boutique en ligne rédige son bandeau cookies.
// The banner's and the notice's texts: dist/i18n/fr.js, loaded with the banner (the preferences' are in
// fr-preferences.ts).
import type { BannerTexts } from './en';

const fr: BannerTexts = {
  title: 'Nous utilisons des cookies',
  description:
    'Nous utilisons des cookies et des technologies similaires pour faire fonctionner la boutique, mémoriser vos préférences, mesurer l’audience du site et vous proposer des publicités adaptées. Vous choisissez ce que vous acceptez et pouvez modifier votre choix à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  policyLink: 'Politique de confidentialité',
  gpcNotice:
    'Votre navigateur envoie le signal Global Privacy Control\u00a0: les cookies publicitaires restent donc désactivés, sauf si vous les activez vous-même.',
};

export default fr;
