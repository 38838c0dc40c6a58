// Magyar, önözve, ahogy egy webáruház a sütikről szóló tájékoztatóját írja.
// The preferences dialog's texts: dist/i18n/hu-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const hu: PreferencesTexts = {
  preferencesTitle: 'Sütibeállítások',
  preferencesDescription:
    'Válassza ki, mely sütiket engedélyezi. A szükséges sütik az áruház működését biztosítják, és mindig aktívak.',
  save: 'Választás mentése',
  close: 'Bezárás',
  alwaysOn: 'Mindig aktív',
  essentialLabel: 'Szükséges',
  essentialDescription: 'A kosárhoz, a fizetéshez, a bejelentkezéshez és a biztonsághoz kellenek.',
  functionalLabel: 'Funkcionális',
  functionalDescription:
    'Megjegyzik a beállításokat, például a nyelvet, és lehetővé tesznek olyan funkciókat, mint az élő chat.',
  analyticsLabel: 'Statisztikai',
  analyticsDescription: 'Megmutatják, hogyan használják az áruházat, hogy fejleszthessük.',
  targetingLabel: 'Marketing',
  targetingDescription:
    'Lehetővé teszik, hogy mi és partnereink az Ön érdeklődésének megfelelő hirdetéseket jelenítsünk meg.',
  consentId: 'Hozzájárulás-azonosító',
  withdrawnNotice:
    'Döntését elmentettük. Töltse újra az oldalt, hogy a visszavont sütik teljesen kikapcsoljanak.',
  reload: 'Újratöltés',
  dismiss: 'Elrejtés',
  optOutNotice:
    'Sütiket használunk statisztikához és hirdetésekhez, ami személyes adatai eladásának vagy megosztásának minősülhet. Ezt bármikor megtilthatja.',
  privacyChoices: 'Adatvédelmi választásai',
  optOutHonored: 'Tiltási kérelmét teljesítettük',
};

export default hu;
