// Magyar, önözve, ahogy egy webáruház a sütikről szóló tájékoztatóját írja.
// The banner's and the notice's texts: dist/i18n/hu.js, loaded with the banner (the preferences' are in
// hu-preferences.ts).
import type { BannerTexts } from './en';

const hu: BannerTexts = {
  title: 'Sütiket használunk',
  description:
    'Sütiket használunk az áruház működéséhez, az Ön beállításainak megjegyzéséhez, a látogatások méréséhez és releváns hirdetések megjelenítéséhez. Válassza ki, mit engedélyez; döntését bármikor módosíthatja.',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  policyLink: 'Adatvédelmi tájékoztató',
  gpcNotice:
    'Böngészője Global Privacy Control jelzést küld, ezért a marketingcélú sütik kikapcsolva maradnak, hacsak Ön be nem kapcsolja őket.',
};

export default hu;
