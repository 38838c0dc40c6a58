// Hrvatski, s persiranjem, kako web-trgovina piše obavijest o kolačićima.
// The preferences dialog's texts: dist/i18n/hr-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const hr: PreferencesTexts = {
  preferencesTitle: 'Postavke kolačića',
  preferencesDescription:
    'Odaberite koje kolačiće dopuštate. Nužni kolačići omogućuju rad trgovine i uvijek su uključeni.',
  save: 'Spremi odabir',
  close: 'Zatvori',
  alwaysOn: 'Uvijek uključeni',
  essentialLabel: 'Nužni',
  essentialDescription: 'Potrebni za košaricu, plaćanje, prijavu i sigurnost.',
  functionalLabel: 'Funkcionalni',
  functionalDescription: 'Pamte postavke poput jezika i omogućuju značajke poput chata uživo.',
  analyticsLabel: 'Analitički',
  analyticsDescription: 'Pokazuju nam kako se trgovina koristi kako bismo je mogli poboljšati.',
  targetingLabel: 'Marketinški',
  targetingDescription: 'Omogućuju nama i našim partnerima prikaz oglasa prilagođenih vašim interesima.',
  consentId: 'ID privole',
  withdrawnNotice:
    'Vaš je izbor spremljen. Ponovno učitajte stranicu kako bi se povučeni kolačići potpuno isključili.',
  reload: 'Ponovno učitaj',
  dismiss: 'Sakrij',
  optOutNotice:
    'Kolačiće koristimo za statistiku i oglase, što se može smatrati prodajom ili dijeljenjem vaših osobnih podataka. U svakom trenutku to možete odbiti.',
  privacyChoices: 'Vaši izbori privatnosti',
  optOutHonored: 'Zahtjev za odbijanje je uvažen',
};

export default hr;
