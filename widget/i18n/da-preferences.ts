// Dansk, med du, som danske webshops skriver deres cookiebanner.
// The preferences dialog's texts: dist/i18n/da-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const da: PreferencesTexts = {
  preferencesTitle: 'Cookieindstillinger',
  preferencesDescription:
    'Vælg, hvilke cookies du tillader. Nødvendige cookies får butikken til at fungere og er altid slået til.',
  save: 'Gem valg',
  close: 'Luk',
  alwaysOn: 'Altid slået til',
  essentialLabel: 'Nødvendige',
  essentialDescription: 'Kræves til kurv, betaling, login og sikkerhed.',
  functionalLabel: 'Funktionelle',
  functionalDescription: 'Husker indstillinger som sprog og gør funktioner som chat mulige.',
  analyticsLabel: 'Statistik',
  analyticsDescription: 'Viser os, hvordan butikken bruges, så vi kan forbedre den.',
  targetingLabel: 'Marketing',
  targetingDescription: 'Lader os og vores partnere vise annoncer, der passer til dine interesser.',
  consentId: 'Samtykke-ID',
  withdrawnNotice: 'Dit valg er gemt. Genindlæs siden, så de cookies, du har trukket tilbage, slås helt fra.',
  reload: 'Genindlæs',
  dismiss: 'Skjul',
  optOutNotice:
    'Vi bruger cookies til statistik og annoncer, hvilket kan regnes som salg eller deling af dine personoplysninger. Du kan til enhver tid fravælge det.',
  privacyChoices: 'Dine valg om privatliv',
  optOutHonored: 'Din fravalgsanmodning er efterkommet',
};

export default da;
