// Čeština, s vykáním, jak e-shop píše svou lištu o cookies.
// The banner's and the notice's texts: dist/i18n/cs.js, loaded with the banner (the preferences' are in
// cs-preferences.ts).
import type { BannerTexts } from './en';

const cs: BannerTexts = {
  title: 'Používáme cookies',
  description:
    'Cookies používáme k provozu obchodu, zapamatování vašeho nastavení, měření návštěvnosti a zobrazování relevantní reklamy. Vyberte, co povolíte; svou volbu můžete kdykoli změnit.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Nastavit',
  policyLink: 'Zásady ochrany osobních údajů',
  gpcNotice:
    'Váš prohlížeč odesílá signál Global Privacy Control, proto marketingové cookies zůstávají vypnuté, dokud je sami nezapnete.',
};

export default cs;
