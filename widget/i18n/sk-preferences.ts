// Slovenčina, s vykaním, ako e-shop píše svoju lištu o súboroch cookie.
// The preferences dialog's texts: dist/i18n/sk-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const sk: PreferencesTexts = {
  preferencesTitle: 'Nastavenia súborov cookie',
  preferencesDescription:
    'Vyberte, ktoré súbory cookie povolíte. Nevyhnutné súbory cookie zabezpečujú chod obchodu a sú vždy zapnuté.',
  save: 'Uložiť voľbu',
  close: 'Zavrieť',
  alwaysOn: 'Vždy zapnuté',
  essentialLabel: 'Nevyhnutné',
  essentialDescription: 'Potrebné pre košík, pokladňu, prihlásenie a zabezpečenie.',
  functionalLabel: 'Funkčné',
  functionalDescription: 'Pamätajú si nastavenia, napríklad jazyk, a umožňujú funkcie, ako je chat.',
  analyticsLabel: 'Analytické',
  analyticsDescription: 'Ukazujú nám, ako sa obchod používa, aby sme ho mohli zlepšovať.',
  targetingLabel: 'Marketingové',
  targetingDescription: 'Umožňujú nám a našim partnerom zobrazovať reklamu podľa vašich záujmov.',
  consentId: 'ID súhlasu',
  withdrawnNotice:
    'Vaša voľba je uložená. Znova načítajte stránku, aby sa odvolané súbory cookie úplne vypli.',
  reload: 'Znova načítať',
  dismiss: 'Skryť',
  optOutNotice:
    'Súbory cookie používame na štatistiku a reklamu, čo sa môže považovať za predaj alebo zdieľanie vašich osobných údajov. Môžete to kedykoľvek odmietnuť.',
  privacyChoices: 'Vaše voľby ochrany súkromia',
  optOutHonored: 'Žiadosť o odmietnutie bola vybavená',
};

export default sk;
