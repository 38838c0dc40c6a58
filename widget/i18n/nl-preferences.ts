// Nederlands, met u, zoals een webshop zijn cookiemelding schrijft.
// The preferences dialog's texts: dist/i18n/nl-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const nl: PreferencesTexts = {
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
  consentId: 'Toestemmings-ID',
  withdrawnNotice:
    'Uw keuze is opgeslagen. Laad de pagina opnieuw om de ingetrokken cookies helemaal uit te schakelen.',
  reload: 'Opnieuw laden',
  dismiss: 'Verbergen',
  optOutNotice:
    'Wij gebruiken cookies voor statistieken en advertenties; dat kan gelden als verkoop of delen van uw persoonsgegevens. U kunt zich op elk moment afmelden.',
  privacyChoices: 'Uw privacykeuzes',
  optOutHonored: 'Verzoek tot afmelding gehonoreerd',
};

export default nl;
