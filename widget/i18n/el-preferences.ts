// Ελληνικά, στον πληθυντικό ευγενείας, όπως γράφει ένα ηλεκτρονικό κατάστημα το μήνυμα για τα cookies.
// The preferences dialog's texts: dist/i18n/el-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const el: PreferencesTexts = {
  preferencesTitle: 'Ρυθμίσεις cookies',
  preferencesDescription:
    'Επιλέξτε ποια cookies επιτρέπετε. Τα απαραίτητα κρατούν το κατάστημα σε λειτουργία και είναι πάντα ενεργά.',
  save: 'Αποθήκευση επιλογών',
  close: 'Κλείσιμο',
  alwaysOn: 'Πάντα ενεργά',
  essentialLabel: 'Απαραίτητα',
  essentialDescription: 'Χρειάζονται για το καλάθι, την ολοκλήρωση της αγοράς, τη σύνδεση και την ασφάλεια.',
  functionalLabel: 'Λειτουργικά',
  functionalDescription:
    'Θυμούνται ρυθμίσεις όπως η γλώσσα και επιτρέπουν λειτουργίες όπως η ζωντανή συνομιλία.',
  analyticsLabel: 'Στατιστικά',
  analyticsDescription: 'Μας δείχνουν πώς χρησιμοποιείται το κατάστημα, ώστε να το βελτιώνουμε.',
  targetingLabel: 'Διαφημιστικά',
  targetingDescription:
    'Επιτρέπουν σε εμάς και στους συνεργάτες μας να σας προβάλλουμε διαφημίσεις σύμφωνα με τα ενδιαφέροντά σας.',
  consentId: 'Αναγνωριστικό συγκατάθεσης',
  withdrawnNotice:
    'Η επιλογή σας αποθηκεύτηκε. Φορτώστε ξανά τη σελίδα, ώστε τα cookies που ανακαλέσατε να απενεργοποιηθούν πλήρως.',
  reload: 'Επαναφόρτωση',
  dismiss: 'Απόκρυψη',
  optOutNotice:
    'Χρησιμοποιούμε cookies για στατιστικά και διαφημίσεις, κάτι που μπορεί να θεωρηθεί πώληση ή κοινοποίηση των προσωπικών σας δεδομένων. Μπορείτε να το αρνηθείτε ανά πάσα στιγμή.',
  privacyChoices: 'Οι επιλογές απορρήτου σας',
  optOutHonored: 'Το αίτημα εξαίρεσης εφαρμόστηκε',
};

export default el;
