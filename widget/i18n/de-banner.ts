// Deutsch, in der Sie-Form, wie ein Shop sein Cookie-Banner schreibt.
// The banner's and the notice's texts: dist/i18n/de.js, loaded with the banner (the preferences' are in
// de-preferences.ts).
import type { BannerTexts } from './en';

const de: BannerTexts = {
  title: 'Wir verwenden Cookies',
  description:
    'Wir nutzen Cookies und ähnliche Technologien, um unseren Shop zu betreiben, Ihre Einstellungen zu speichern, die Nutzung der Website auszuwerten und Ihnen passende Werbung zu zeigen. Sie entscheiden, was Sie zulassen, und können Ihre Auswahl jederzeit ändern.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  policyLink: 'Datenschutzerklärung',
  gpcNotice:
    'Ihr Browser sendet das Signal „Global Privacy Control“. Deshalb bleiben Marketing-Cookies deaktiviert, solange Sie sie nicht selbst einschalten.',
};

export default de;
