// Svenska, med du, som svenska e-handlare skriver sin cookieruta.
// The preferences dialog's texts: dist/i18n/sv-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const sv: PreferencesTexts = {
  preferencesTitle: 'Cookieinställningar',
  preferencesDescription:
    'Välj vilka cookies du tillåter. Nödvändiga cookies håller butiken igång och är alltid på.',
  save: 'Spara val',
  close: 'Stäng',
  alwaysOn: 'Alltid på',
  essentialLabel: 'Nödvändiga',
  essentialDescription: 'Behövs för varukorg, kassa, inloggning och säkerhet.',
  functionalLabel: 'Funktionella',
  functionalDescription: 'Kommer ihåg inställningar som språk och gör funktioner som chatt möjliga.',
  analyticsLabel: 'Statistik',
  analyticsDescription: 'Visar oss hur butiken används, så att vi kan förbättra den.',
  targetingLabel: 'Marknadsföring',
  targetingDescription: 'Låter oss och våra partner visa annonser som matchar dina intressen.',
  consentId: 'Samtyckes-ID',
  withdrawnNotice: 'Ditt val har sparats. Ladda om sidan så stängs de cookies du drog tillbaka av helt.',
  reload: 'Ladda om',
  dismiss: 'Dölj',
  optOutNotice:
    'Vi använder cookies för statistik och annonser, vilket kan räknas som försäljning eller delning av dina personuppgifter. Du kan när som helst tacka nej.',
  privacyChoices: 'Dina integritetsval',
  optOutHonored: 'Din begäran om att avstå har respekterats',
};

export default sv;
