// Română, cu „dumneavoastră”, cum își scrie un magazin online mesajul despre cookie-uri.
// The banner's and the notice's texts: dist/i18n/ro.js, loaded with the banner (the preferences' are in
// ro-preferences.ts).
import type { BannerTexts } from './en';

const ro: BannerTexts = {
  title: 'Folosim cookie-uri',
  description:
    'Folosim cookie-uri pentru funcționarea magazinului, pentru a vă reține setările, a măsura vizitele și a afișa reclame relevante. Alegeți ce permiteți; vă puteți schimba alegerea oricând.',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Refuzați toate',
  customize: 'Personalizați',
  policyLink: 'Politica de confidențialitate',
  gpcNotice:
    'Browserul dumneavoastră trimite semnalul Global Privacy Control, așa că cookie-urile de marketing rămân dezactivate, cu excepția cazului în care le activați chiar dumneavoastră.',
};

export default ro;
