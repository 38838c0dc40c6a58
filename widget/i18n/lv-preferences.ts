// Latviešu valoda, uzrunājot ar „Jūs“, kā interneta veikals raksta paziņojumu par sīkdatnēm.
// The preferences dialog's texts: dist/i18n/lv-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const lv: PreferencesTexts = {
  preferencesTitle: 'Sīkdatņu iestatījumi',
  preferencesDescription:
    'Izvēlieties, kuras sīkdatnes atļaujat. Nepieciešamās sīkdatnes nodrošina veikala darbību un vienmēr ir ieslēgtas.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  alwaysOn: 'Vienmēr ieslēgtas',
  essentialLabel: 'Nepieciešamās',
  essentialDescription: 'Vajadzīgas grozam, norēķiniem, pieteikšanās procesam un drošībai.',
  functionalLabel: 'Funkcionālās',
  functionalDescription: 'Atceras iestatījumus, piemēram, valodu, un nodrošina tādas funkcijas kā tērzēšana.',
  analyticsLabel: 'Analītikas',
  analyticsDescription: 'Parāda mums, kā veikals tiek izmantots, lai mēs to varētu uzlabot.',
  targetingLabel: 'Mārketinga',
  targetingDescription: 'Ļauj mums un mūsu partneriem rādīt reklāmas atbilstoši Jūsu interesēm.',
  consentId: 'Piekrišanas ID',
  withdrawnNotice:
    'Jūsu izvēle ir saglabāta. Pārlādējiet lapu, lai atsauktās sīkdatnes tiktu pilnībā izslēgtas.',
  reload: 'Pārlādēt',
  dismiss: 'Paslēpt',
  optOutNotice:
    'Mēs izmantojam sīkdatnes statistikai un reklāmai, ko var uzskatīt par Jūsu personas datu pārdošanu vai kopīgošanu. Jūs varat no tā atteikties jebkurā laikā.',
  privacyChoices: 'Jūsu privātuma izvēles',
  optOutHonored: 'Atteikšanās pieprasījums izpildīts',
};

export default lv;
