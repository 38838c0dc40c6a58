// Italiano, con il Lei o in forma impersonale, come un negozio online scrive il suo banner cookie.
// The banner's and the notice's texts: dist/i18n/it.js, loaded with the banner (the preferences' are in
// it-preferences.ts).
import type { BannerTexts } from './en';

const it: BannerTexts = {
  title: 'Utilizziamo i cookie',
  description:
    'Utilizziamo cookie e tecnologie simili per far funzionare il negozio, ricordare le sue preferenze, analizzare l’utilizzo del sito e mostrarle pubblicità in linea con i suoi interessi. Può scegliere quali cookie accettare e modificare la scelta in qualsiasi momento.',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  policyLink: 'Informativa sulla privacy',
  gpcNotice:
    'Il suo browser invia il segnale Global Privacy Control: i cookie di marketing restano quindi disattivati, a meno che non li attivi lei.',
};

export default it;
