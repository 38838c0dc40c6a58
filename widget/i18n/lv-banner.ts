// Latviešu valoda, uzrunājot ar „Jūs“, kā interneta veikals raksta paziņojumu par sīkdatnēm.
// The banner's and the notice's texts: dist/i18n/lv.js, loaded with the banner (the preferences' are in
// lv-preferences.ts).
import type { BannerTexts } from './en';

const lv: BannerTexts = {
  title: 'Mēs izmantojam sīkdatnes',
  description:
    'Sīkdatnes izmantojam veikala darbībai, Jūsu iestatījumu atcerēšanai, apmeklējumu mērīšanai un atbilstošu reklāmu rādīšanai. Izvēlieties, ko atļaujat; savu izvēli varat mainīt jebkurā laikā.',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  policyLink: 'Privātuma politika',
  gpcNotice:
    'Jūsu pārlūks sūta Global Privacy Control signālu, tāpēc mārketinga sīkdatnes paliek izslēgtas, ja vien Jūs tās neieslēdzat paši.',
};

export default lv;
