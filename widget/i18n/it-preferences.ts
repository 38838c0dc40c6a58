// Italiano, con il Lei o in forma impersonale, come un negozio online scrive il suo banner cookie.
// The preferences dialog's texts: dist/i18n/it-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const it: PreferencesTexts = {
  preferencesTitle: 'Preferenze sui cookie',
  preferencesDescription:
    'Scelga quali cookie accettare. I cookie necessari servono al funzionamento del negozio e sono sempre attivi.',
  save: 'Salva le scelte',
  close: 'Chiudi',
  alwaysOn: 'Sempre attivi',
  essentialLabel: 'Necessari',
  essentialDescription: 'Indispensabili per carrello, pagamento, accesso all’account e sicurezza.',
  functionalLabel: 'Funzionali',
  functionalDescription:
    'Ricordano le sue scelte, come la lingua o i prodotti visti di recente, e abilitano servizi come la chat dal vivo.',
  analyticsLabel: 'Statistici',
  analyticsDescription: 'Ci aiutano a capire come viene usato il negozio, per migliorarlo.',
  targetingLabel: 'Marketing',
  targetingDescription:
    'Consentono a noi e ai nostri partner pubblicitari di mostrarle annunci in linea con i suoi interessi.',
  consentId: 'ID del consenso',
  withdrawnNotice:
    'Le sue scelte sono state salvate. Ricarichi la pagina per completare la disattivazione dei cookie revocati.',
  reload: 'Ricarica',
  dismiss: 'Nascondi',
  optOutNotice:
    'Usiamo cookie per statistiche e pubblicità, il che può costituire vendita o condivisione dei suoi dati personali. Può opporsi in qualsiasi momento.',
  privacyChoices: 'Le sue scelte sulla privacy',
  optOutHonored: 'Richiesta di opposizione accolta',
};

export default it;
