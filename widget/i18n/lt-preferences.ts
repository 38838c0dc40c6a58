// Lietuvių kalba, kreipiantis „Jūs“, kaip el. parduotuvė rašo pranešimą apie slapukus.
// The preferences dialog's texts: dist/i18n/lt-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const lt: PreferencesTexts = {
  preferencesTitle: 'Slapukų nustatymai',
  preferencesDescription:
    'Pasirinkite, kuriuos slapukus leidžiate. Būtinieji slapukai užtikrina parduotuvės veikimą ir visada yra įjungti.',
  save: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti',
  alwaysOn: 'Visada įjungti',
  essentialLabel: 'Būtinieji',
  essentialDescription: 'Reikalingi krepšeliui, atsiskaitymui, prisijungimui ir saugumui.',
  functionalLabel: 'Funkciniai',
  functionalDescription: 'Įsimena nustatymus, pavyzdžiui, kalbą, ir įgalina tokias funkcijas kaip pokalbiai.',
  analyticsLabel: 'Analitiniai',
  analyticsDescription: 'Parodo mums, kaip naudojamasi parduotuve, kad galėtume ją tobulinti.',
  targetingLabel: 'Rinkodaros',
  targetingDescription: 'Leidžia mums ir mūsų partneriams rodyti Jūsų interesus atitinkančią reklamą.',
  consentId: 'Sutikimo ID',
  withdrawnNotice:
    'Jūsų pasirinkimas išsaugotas. Įkelkite puslapį iš naujo, kad atšaukti slapukai būtų visiškai išjungti.',
  reload: 'Įkelti iš naujo',
  dismiss: 'Slėpti',
  optOutNotice:
    'Naudojame slapukus statistikai ir reklamai, o tai gali būti laikoma Jūsų asmens duomenų pardavimu ar dalijimusi jais. Galite bet kada atsisakyti.',
  privacyChoices: 'Jūsų privatumo pasirinkimai',
  optOutHonored: 'Atsisakymo prašymas įvykdytas',
};

export default lt;
