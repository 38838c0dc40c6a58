// Deutsch, in der Sie-Form, wie ein Shop sein Cookie-Banner schreibt.
// The preferences dialog's texts: dist/i18n/de-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const de: PreferencesTexts = {
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesDescription:
    'Wählen Sie, welche Cookies Sie zulassen. Notwendige Cookies sorgen dafür, dass der Shop funktioniert, und sind immer aktiv.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  essentialLabel: 'Notwendig',
  essentialDescription: 'Erforderlich für Warenkorb, Kasse, Anmeldung und Sicherheit.',
  functionalLabel: 'Funktional',
  functionalDescription:
    'Speichern Ihre Einstellungen, etwa Sprache oder zuletzt angesehene Artikel, und ermöglichen Funktionen wie den Live-Chat.',
  analyticsLabel: 'Statistik',
  analyticsDescription:
    'Helfen uns zu verstehen, wie der Shop genutzt wird, damit wir ihn verbessern können.',
  targetingLabel: 'Marketing',
  targetingDescription:
    'Ermöglichen uns und unseren Werbepartnern, Ihnen Werbung passend zu Ihren Interessen zu zeigen.',
  consentId: 'Einwilligungs-ID',
  withdrawnNotice:
    'Ihre Auswahl wurde gespeichert. Laden Sie die Seite neu, damit die widerrufenen Cookies vollständig deaktiviert werden.',
  reload: 'Neu laden',
  dismiss: 'Ausblenden',
  optOutNotice:
    'Wir verwenden Cookies für Statistik und Werbung; das kann als Verkauf oder Weitergabe Ihrer personenbezogenen Daten gelten. Sie können jederzeit widersprechen.',
  privacyChoices: 'Ihre Datenschutzoptionen',
  optOutHonored: 'Widerspruch berücksichtigt',
};

export default de;
