// Slovenščina, z vikanjem, kot spletna trgovina piše obvestilo o piškotkih.
// The banner's and the notice's texts: dist/i18n/sl.js, loaded with the banner (the preferences' are in
// sl-preferences.ts).
import type { BannerTexts } from './en';

const sl: BannerTexts = {
  title: 'Uporabljamo piškotke',
  description:
    'Piškotke uporabljamo za delovanje trgovine, shranjevanje vaših nastavitev, merjenje obiskov in prikaz ustreznih oglasov. Izberite, kaj dovolite; svojo izbiro lahko kadar koli spremenite.',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  policyLink: 'Pravilnik o zasebnosti',
  gpcNotice:
    'Vaš brskalnik pošilja signal Global Privacy Control, zato trženjski piškotki ostanejo izklopljeni, dokler jih sami ne vklopite.',
};

export default sl;
