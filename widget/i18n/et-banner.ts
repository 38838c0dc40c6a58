// Eesti keel, teietades, nagu e-pood oma küpsiseteate kirjutab.
// The banner's and the notice's texts: dist/i18n/et.js, loaded with the banner (the preferences' are in
// et-preferences.ts).
import type { BannerTexts } from './en';

const et: BannerTexts = {
  title: 'Kasutame küpsiseid',
  description:
    'Kasutame küpsiseid, et pood töötaks, teie seaded meelde jätta, külastusi mõõta ja näidata asjakohaseid reklaame. Valige, mida lubate; saate oma valikut igal ajal muuta.',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  policyLink: 'Privaatsuspoliitika',
  gpcNotice:
    'Teie brauser saadab signaali Global Privacy Control, seega jäävad turundusküpsised välja lülitatuks, kuni te need ise sisse lülitate.',
};

export default et;
