// Italiano, con il Lei o in forma impersonale, come un negozio online scrive il suo banner cookie.
import type { Texts } from './en';

const it: Texts = {
  title: 'Utilizziamo i cookie',
  description:
    'Utilizziamo cookie e tecnologie simili per far funzionare il negozio, ricordare le sue preferenze, analizzare l’utilizzo del sito e mostrarle pubblicità in linea con i suoi interessi. Può scegliere quali cookie accettare e modificare la scelta in qualsiasi momento.',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  policyLink: 'Informativa sulla privacy',
  gpcNotice:
    'Il suo browser invia il segnale Global Privacy Control: i cookie di marketing restano quindi disattivati, a meno che non li attivi lei.',
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
  withdrawnNotice:
    'Le sue scelte sono state salvate. Ricarichi la pagina per completare la disattivazione dei cookie revocati.',
  reload: 'Ricarica',
  dismiss: 'Nascondi',
};

export default it;
