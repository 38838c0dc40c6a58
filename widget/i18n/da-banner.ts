// Dansk, med du, som danske webshops skriver deres cookiebanner.
// The banner's and the notice's texts: dist/i18n/da.js, loaded with the banner (the preferences' are in
// da-preferences.ts).
import type { BannerTexts } from './en';

const da: BannerTexts = {
  title: 'Vi bruger cookies',
  description:
    'Vi bruger cookies til at drive butikken, huske dine indstillinger, måle besøg og vise relevante annoncer. Vælg, hvad du tillader – du kan altid ændre dit valg.',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  policyLink: 'Privatlivspolitik',
  gpcNotice:
    'Din browser sender signalet Global Privacy Control, så marketingcookies forbliver slået fra, medmindre du selv slår dem til.',
};

export default da;
