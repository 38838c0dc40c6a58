// Norsk bokmål, med du, slik norske nettbutikker skriver samtykkebanneret sitt.
// The preferences dialog's texts: dist/i18n/nb-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const nb: PreferencesTexts = {
  preferencesTitle: 'Innstillinger for informasjonskapsler',
  preferencesDescription:
    'Velg hvilke informasjonskapsler du tillater. Nødvendige kapsler holder butikken i gang og er alltid på.',
  save: 'Lagre valg',
  close: 'Lukk',
  alwaysOn: 'Alltid på',
  essentialLabel: 'Nødvendige',
  essentialDescription: 'Trengs for handlekurv, kasse, innlogging og sikkerhet.',
  functionalLabel: 'Funksjonelle',
  functionalDescription: 'Husker innstillinger som språk og gjør funksjoner som chat mulig.',
  analyticsLabel: 'Statistikk',
  analyticsDescription: 'Viser oss hvordan butikken brukes, så vi kan forbedre den.',
  targetingLabel: 'Markedsføring',
  targetingDescription: 'Lar oss og partnerne våre vise annonser som passer interessene dine.',
  consentId: 'Samtykke-ID',
  withdrawnNotice:
    'Valget ditt er lagret. Last inn siden på nytt, så slås kapslene du trakk tilbake, helt av.',
  reload: 'Last inn på nytt',
  dismiss: 'Skjul',
  optOutNotice:
    'Vi bruker informasjonskapsler til statistikk og annonser, noe som kan regnes som salg eller deling av personopplysningene dine. Du kan når som helst reservere deg.',
  privacyChoices: 'Dine personvernvalg',
  optOutHonored: 'Reservasjonen din er etterkommet',
};

export default nb;
