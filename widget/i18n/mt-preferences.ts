// Malti, kif jiktbu l-ħwienet onlajn f’Malta l-avviż tagħhom dwar il-cookies.
// The preferences dialog's texts: dist/i18n/mt-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const mt: PreferencesTexts = {
  preferencesTitle: 'Preferenzi tal-cookies',
  preferencesDescription:
    'Agħżel liema cookies tippermetti. Il-cookies essenzjali jżommu l-ħanut jaħdem u huma dejjem mixgħula.',
  save: 'Issalva l-għażla',
  close: 'Agħlaq',
  alwaysOn: 'Dejjem mixgħula',
  essentialLabel: 'Essenzjali',
  essentialDescription: 'Meħtieġa għall-basket, il-ħlas, id-dħul fil-kont u s-sigurtà.',
  functionalLabel: 'Funzjonali',
  functionalDescription: 'Jiftakru s-settings bħall-lingwa u jħaddmu funzjonijiet bħaċ-chat.',
  analyticsLabel: 'Analitiċi',
  analyticsDescription: 'Juruna kif jintuża l-ħanut, biex inkunu nistgħu ntejbuh.',
  targetingLabel: 'Marketing',
  targetingDescription: 'Jippermettu lilna u lis-sħab tagħna nuruk reklami skont l-interessi tiegħek.',
  consentId: 'ID tal-kunsens',
  withdrawnNotice:
    'L-għażliet tiegħek ġew salvati. Erġa’ għabbi l-paġna biex il-cookies li rtirajt jintfew għalkollox.',
  reload: 'Erġa’ għabbi',
  dismiss: 'Aħbi',
  optOutNotice:
    'Nużaw il-cookies għall-istatistika u r-reklami, li jista’ jitqies bħala bejgħ jew qsim tad-data personali tiegħek. Tista’ tirrifjuta meta trid.',
  privacyChoices: 'L-għażliet tal-privatezza tiegħek',
  optOutHonored: 'It-talba ta’ rifjut ġiet onorata',
};

export default mt;
