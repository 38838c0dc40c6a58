// Italiano, dando del tu (come i testi di c15t e tarteaucitron), come un negozio online scrive il suo banner cookie.
// The banner's and the notice's texts: dist/i18n/it.js, loaded with the banner (the preferences' are in
// it-preferences.ts).
import type { BannerTexts } from './en';

const it: BannerTexts = {
  title: 'Utilizziamo i cookie',
  description:
    'Utilizziamo cookie e tecnologie simili per far funzionare il negozio, ricordare le tue preferenze, analizzare l’utilizzo del sito e mostrarti pubblicità in linea con i tuoi interessi. Puoi scegliere quali cookie accettare e modificare la scelta in qualsiasi momento.',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  policyLink: 'Informativa sulla privacy',
  gpcNotice:
    'Il tuo browser invia il segnale Global Privacy Control: i cookie di marketing restano quindi disattivati, a meno che non li attivi tu.',
};

export default it;
