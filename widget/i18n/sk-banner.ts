// Slovenčina, s vykaním, ako e-shop píše svoju lištu o súboroch cookie.
// The banner's and the notice's texts: dist/i18n/sk.js, loaded with the banner (the preferences' are in
// sk-preferences.ts).
import type { BannerTexts } from './en';

const sk: BannerTexts = {
  title: 'Používame súbory cookie',
  description:
    'Súbory cookie používame na prevádzku obchodu, zapamätanie vašich nastavení, meranie návštevnosti a zobrazovanie relevantnej reklamy. Vyberte, čo povolíte; svoju voľbu môžete kedykoľvek zmeniť.',
  acceptAll: 'Prijať všetky',
  rejectAll: 'Odmietnuť všetky',
  customize: 'Prispôsobiť',
  policyLink: 'Zásady ochrany súkromia',
  gpcNotice:
    'Váš prehliadač odosiela signál Global Privacy Control, preto marketingové súbory cookie zostávajú vypnuté, kým ich sami nezapnete.',
};

export default sk;
