// Hrvatski, s persiranjem, kako web-trgovina piše obavijest o kolačićima.
// The banner's and the notice's texts: dist/i18n/hr.js, loaded with the banner (the preferences' are in
// hr-preferences.ts).
import type { BannerTexts } from './en';

const hr: BannerTexts = {
  title: 'Koristimo kolačiće',
  description:
    'Kolačiće koristimo za rad trgovine, pamćenje vaših postavki, mjerenje posjeta i prikaz relevantnih oglasa. Odaberite što dopuštate; svoj izbor možete promijeniti u bilo kojem trenutku.',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  policyLink: 'Pravila privatnosti',
  gpcNotice:
    'Vaš preglednik šalje signal Global Privacy Control pa marketinški kolačići ostaju isključeni dok ih sami ne uključite.',
};

export default hr;
