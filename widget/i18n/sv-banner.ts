// Svenska, med du, som svenska e-handlare skriver sin cookieruta.
// The banner's and the notice's texts: dist/i18n/sv.js, loaded with the banner (the preferences' are in
// sv-preferences.ts).
import type { BannerTexts } from './en';

const sv: BannerTexts = {
  title: 'Vi använder cookies',
  description:
    'Vi använder cookies för att driva butiken, komma ihåg dina inställningar, mäta besök och visa relevanta annonser. Välj vad du tillåter – du kan ändra ditt val när som helst.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  policyLink: 'Integritetspolicy',
  gpcNotice:
    'Din webbläsare skickar signalen Global Privacy Control, så marknadsföringscookies förblir avstängda om du inte själv slår på dem.',
};

export default sv;
