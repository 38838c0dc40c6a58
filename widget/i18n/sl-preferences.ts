// Slovenščina, z vikanjem, kot spletna trgovina piše obvestilo o piškotkih.
// The preferences dialog's texts: dist/i18n/sl-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const sl: PreferencesTexts = {
  preferencesTitle: 'Nastavitve piškotkov',
  preferencesDescription:
    'Izberite, katere piškotke dovolite. Nujni piškotki skrbijo za delovanje trgovine in so vedno vklopljeni.',
  save: 'Shrani izbiro',
  close: 'Zapri',
  alwaysOn: 'Vedno vklopljeni',
  essentialLabel: 'Nujni',
  essentialDescription: 'Potrebni za košarico, plačilo, prijavo in varnost.',
  functionalLabel: 'Funkcionalni',
  functionalDescription: 'Zapomnijo si nastavitve, kot je jezik, in omogočajo funkcije, kot je klepet.',
  analyticsLabel: 'Analitični',
  analyticsDescription: 'Pokažejo nam, kako se trgovina uporablja, da jo lahko izboljšamo.',
  targetingLabel: 'Trženjski',
  targetingDescription: 'Nam in našim partnerjem omogočajo prikaz oglasov, prilagojenih vašim interesom.',
  consentId: 'ID privolitve',
  withdrawnNotice:
    'Vaša izbira je shranjena. Znova naložite stran, da se preklicani piškotki povsem izklopijo.',
  reload: 'Znova naloži',
  dismiss: 'Skrij',
  optOutNotice:
    'Piškotke uporabljamo za statistiko in oglase, kar lahko velja za prodajo ali deljenje vaših osebnih podatkov. Temu lahko kadar koli nasprotujete.',
  privacyChoices: 'Vaše izbire glede zasebnosti',
  optOutHonored: 'Zahteva za zavrnitev je upoštevana',
};

export default sl;
