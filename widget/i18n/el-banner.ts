// Ελληνικά, στον πληθυντικό ευγενείας, όπως γράφει ένα ηλεκτρονικό κατάστημα το μήνυμα για τα cookies.
// The banner's and the notice's texts: dist/i18n/el.js, loaded with the banner (the preferences' are in
// el-preferences.ts).
import type { BannerTexts } from './en';

const el: BannerTexts = {
  title: 'Χρησιμοποιούμε cookies',
  description:
    'Χρησιμοποιούμε cookies για τη λειτουργία του καταστήματος, την αποθήκευση των ρυθμίσεών σας, τη μέτρηση των επισκέψεων και την προβολή σχετικών διαφημίσεων. Επιλέξτε τι επιτρέπετε· μπορείτε να αλλάξετε την επιλογή σας οποιαδήποτε στιγμή.',
  acceptAll: 'Αποδοχή όλων',
  rejectAll: 'Απόρριψη όλων',
  customize: 'Ρυθμίσεις',
  policyLink: 'Πολιτική απορρήτου',
  gpcNotice:
    'Το πρόγραμμα περιήγησής σας στέλνει το σήμα Global Privacy Control· γι’ αυτό τα διαφημιστικά cookies παραμένουν απενεργοποιημένα, εκτός αν τα ενεργοποιήσετε εσείς.',
};

export default el;
