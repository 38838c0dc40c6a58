// Italiano, dando del tu (come i testi di c15t e tarteaucitron), come un negozio online scrive il suo banner cookie.
// The preferences dialog's texts: dist/i18n/it-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const it: PreferencesTexts = {
  preferencesTitle: 'Preferenze sui cookie',
  preferencesDescription:
    'Scegli quali cookie accettare. I cookie necessari servono al funzionamento del negozio e sono sempre attivi.',
  save: 'Salva le scelte',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  essentialLabel: 'Necessari',
  essentialDescription: 'Indispensabili per carrello, pagamento, accesso all’account e sicurezza.',
  functionalLabel: 'Funzionali',
  functionalDescription:
    'Ricordano le tue scelte, come la lingua o i prodotti visti di recente, e abilitano servizi come la chat dal vivo.',
  analyticsLabel: 'Statistici',
  analyticsDescription: 'Ci aiutano a capire come viene usato il negozio, per migliorarlo.',
  targetingLabel: 'Marketing',
  targetingDescription:
    'Consentono a noi e ai nostri partner pubblicitari di mostrarti annunci in linea con i tuoi interessi.',
  consentId: 'ID del consenso',
  withdrawnNotice:
    'Le tue scelte sono state salvate. Ricarica la pagina per completare la disattivazione dei cookie revocati.',
  reload: 'Ricarica',
  dismiss: 'Nascondi',
  optOutNotice:
    'Usiamo cookie per statistiche e pubblicità, il che può costituire vendita o condivisione dei tuoi dati personali. Puoi opporti in qualsiasi momento.',
  privacyChoices: 'Le tue scelte sulla privacy',
  optOutHonored: 'Richiesta di opposizione accolta',
};

export default it;
