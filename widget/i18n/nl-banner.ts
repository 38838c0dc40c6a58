// Nederlands, met u, zoals een webshop zijn cookiemelding schrijft.
// The banner's and the notice's texts: dist/i18n/nl.js, loaded with the banner (the preferences' are in
// nl-preferences.ts).
import type { BannerTexts } from './en';

const nl: BannerTexts = {
  title: 'Wij gebruiken cookies',
  description:
    'We gebruiken cookies en vergelijkbare technieken om de webshop te laten werken, uw voorkeuren te onthouden, het gebruik van de site te meten en u relevante advertenties te tonen. U bepaalt zelf wat u toestaat en kunt uw keuze altijd wijzigen.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  policyLink: 'Privacybeleid',
  gpcNotice:
    'Uw browser verstuurt een Global Privacy Control-signaal. Daarom blijven marketingcookies uit, tenzij u ze zelf aanzet.',
};

export default nl;
