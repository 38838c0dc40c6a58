// Norsk bokmål, med du, slik norske nettbutikker skriver samtykkebanneret sitt.
// The banner's and the notice's texts: dist/i18n/nb.js, loaded with the banner (the preferences' are in
// nb-preferences.ts).
import type { BannerTexts } from './en';

const nb: BannerTexts = {
  title: 'Vi bruker informasjonskapsler',
  description:
    'Vi bruker informasjonskapsler for å drive butikken, huske innstillingene dine, måle besøk og vise relevante annonser. Velg hva du tillater – du kan endre valget ditt når som helst.',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  policyLink: 'Personvernerklæring',
  gpcNotice:
    'Nettleseren din sender signalet Global Privacy Control, så markedsføringskapsler forblir slått av med mindre du slår dem på selv.',
};

export default nb;
