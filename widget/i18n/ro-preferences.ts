// Română, cu „dumneavoastră”, cum își scrie un magazin online mesajul despre cookie-uri.
// The preferences dialog's texts: dist/i18n/ro-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const ro: PreferencesTexts = {
  preferencesTitle: 'Setări cookie-uri',
  preferencesDescription:
    'Alegeți ce cookie-uri permiteți. Cookie-urile esențiale asigură funcționarea magazinului și sunt mereu active.',
  save: 'Salvați alegerea',
  close: 'Închideți',
  alwaysOn: 'Mereu active',
  essentialLabel: 'Esențiale',
  essentialDescription: 'Necesare pentru coș, plată, autentificare și securitate.',
  functionalLabel: 'Funcționale',
  functionalDescription: 'Rețin setări precum limba și permit funcții precum chatul live.',
  analyticsLabel: 'Analitice',
  analyticsDescription: 'Ne arată cum este folosit magazinul, ca să îl putem îmbunătăți.',
  targetingLabel: 'Marketing',
  targetingDescription:
    'Ne permit nouă și partenerilor noștri să vă afișăm reclame potrivite intereselor dumneavoastră.',
  consentId: 'ID-ul consimțământului',
  withdrawnNotice:
    'Alegerea dumneavoastră a fost salvată. Reîncărcați pagina pentru a dezactiva complet cookie-urile retrase.',
  reload: 'Reîncărcați',
  dismiss: 'Ascundeți',
  optOutNotice:
    'Folosim cookie-uri pentru statistici și reclame, ceea ce poate fi considerat vânzare sau partajare a datelor dumneavoastră personale. Vă puteți opune oricând.',
  privacyChoices: 'Opțiunile dumneavoastră de confidențialitate',
  optOutHonored: 'Cererea de refuz a fost respectată',
};

export default ro;
