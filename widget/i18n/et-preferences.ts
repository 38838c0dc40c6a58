// Eesti keel, teietades, nagu e-pood oma küpsiseteate kirjutab.
// The preferences dialog's texts: dist/i18n/et-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const et: PreferencesTexts = {
  preferencesTitle: 'Küpsiste seaded',
  preferencesDescription:
    'Valige, milliseid küpsiseid lubate. Vajalikud küpsised hoiavad poe töös ja on alati sees.',
  save: 'Salvesta valik',
  close: 'Sulge',
  alwaysOn: 'Alati sees',
  essentialLabel: 'Vajalikud',
  essentialDescription: 'Vajalikud ostukorvi, maksmise, sisselogimise ja turvalisuse jaoks.',
  functionalLabel: 'Funktsionaalsed',
  functionalDescription: 'Jätavad meelde seaded, näiteks keele, ja võimaldavad funktsioone nagu vestlus.',
  analyticsLabel: 'Analüütika',
  analyticsDescription: 'Näitavad meile, kuidas poodi kasutatakse, et saaksime seda paremaks teha.',
  targetingLabel: 'Turundus',
  targetingDescription: 'Võimaldavad meil ja meie partneritel näidata teie huvidele vastavaid reklaame.',
  consentId: 'Nõusoleku ID',
  withdrawnNotice:
    'Teie valik on salvestatud. Laadige leht uuesti, et tagasi võetud küpsised täielikult välja lülitada.',
  reload: 'Laadi uuesti',
  dismiss: 'Peida',
  optOutNotice:
    'Kasutame küpsiseid statistika ja reklaami jaoks, mida võidakse lugeda teie isikuandmete müümiseks või jagamiseks. Võite sellest igal ajal loobuda.',
  privacyChoices: 'Teie privaatsusvalikud',
  optOutHonored: 'Loobumistaotlus on täidetud',
};

export default et;
