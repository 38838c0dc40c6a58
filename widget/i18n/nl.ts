// Nederlands, met u, zoals een webshop zijn cookiemelding schrijft.
import type { Texts } from './en';

const nl: Texts = {
  title: 'Wij gebruiken cookies',
  description:
    'We gebruiken cookies en vergelijkbare technieken om de webshop te laten werken, uw voorkeuren te onthouden, het gebruik van de site te meten en u relevante advertenties te tonen. U bepaalt zelf wat u toestaat en kunt uw keuze altijd wijzigen.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  policyLink: 'Privacybeleid',
  gpcNotice:
    'Uw browser verstuurt een Global Privacy Control-signaal. Daarom blijven marketingcookies uit, tenzij u ze zelf aanzet.',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesDescription:
    'Kies welke cookies u toestaat. Noodzakelijke cookies zorgen ervoor dat de webshop werkt en staan altijd aan.',
  save: 'Keuze opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd aan',
  essentialLabel: 'Noodzakelijk',
  essentialDescription: 'Nodig voor het winkelmandje, afrekenen, inloggen en beveiliging.',
  functionalLabel: 'Functioneel',
  functionalDescription:
    'Onthouden uw keuzes, zoals taal of bekeken producten, en maken functies zoals livechat mogelijk.',
  analyticsLabel: 'Analytisch',
  analyticsDescription:
    'Helpen ons te begrijpen hoe de webshop wordt gebruikt, zodat we hem kunnen verbeteren.',
  targetingLabel: 'Marketing',
  targetingDescription:
    'Laten ons en onze advertentiepartners advertenties tonen die aansluiten bij uw interesses.',
  withdrawnNotice:
    'Uw keuze is opgeslagen. Laad de pagina opnieuw om de ingetrokken cookies helemaal uit te schakelen.',
  reload: 'Opnieuw laden',
  dismiss: 'Verbergen',
};

export default nl;
