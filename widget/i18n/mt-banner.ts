// Malti, kif jiktbu l-ħwienet onlajn f’Malta l-avviż tagħhom dwar il-cookies.
// The banner's and the notice's texts: dist/i18n/mt.js, loaded with the banner (the preferences' are in
// mt-preferences.ts).
import type { BannerTexts } from './en';

const mt: BannerTexts = {
  title: 'Nużaw il-cookies',
  description:
    'Nużaw il-cookies biex inħaddmu l-ħanut, niftakru s-settings tiegħek, inkejlu ż-żjarat u nuruk reklami rilevanti. Agħżel x’tippermetti; tista’ tibdel l-għażla tiegħek meta trid.',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  policyLink: 'Politika tal-privatezza',
  gpcNotice:
    'Il-browser tiegħek qed jibgħat is-sinjal Global Privacy Control, għalhekk il-cookies tal-marketing jibqgħu mitfija sakemm ma tixgħelhomx int.',
};

export default mt;
