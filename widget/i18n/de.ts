// Deutsch, in der Sie-Form, wie ein Shop sein Cookie-Banner schreibt.
import type { Texts } from './en';

const de: Texts = {
  title: 'Wir verwenden Cookies',
  description:
    'Wir nutzen Cookies und ähnliche Technologien, um unseren Shop zu betreiben, Ihre Einstellungen zu speichern, die Nutzung der Website auszuwerten und Ihnen passende Werbung zu zeigen. Sie entscheiden, was Sie zulassen, und können Ihre Auswahl jederzeit ändern.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  policyLink: 'Datenschutzerklärung',
  gpcNotice:
    'Ihr Browser sendet das Signal „Global Privacy Control“. Deshalb bleiben Marketing-Cookies deaktiviert, solange Sie sie nicht selbst einschalten.',
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
  withdrawnNotice:
    'Ihre Auswahl wurde gespeichert. Laden Sie die Seite neu, damit die widerrufenen Cookies vollständig deaktiviert werden.',
  reload: 'Neu laden',
  dismiss: 'Ausblenden',
};

export default de;
