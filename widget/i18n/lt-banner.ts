// Lietuvių kalba, kreipiantis „Jūs“, kaip el. parduotuvė rašo pranešimą apie slapukus.
// The banner's and the notice's texts: dist/i18n/lt.js, loaded with the banner (the preferences' are in
// lt-preferences.ts).
import type { BannerTexts } from './en';

const lt: BannerTexts = {
  title: 'Naudojame slapukus',
  description:
    'Slapukus naudojame parduotuvės veikimui užtikrinti, Jūsų nustatymams įsiminti, apsilankymams matuoti ir aktualiai reklamai rodyti. Pasirinkite, ką leidžiate; savo pasirinkimą galite bet kada pakeisti.',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  policyLink: 'Privatumo politika',
  gpcNotice:
    'Jūsų naršyklė siunčia „Global Privacy Control“ signalą, todėl rinkodaros slapukai lieka išjungti, nebent juos įjungtumėte patys.',
};

export default lt;
