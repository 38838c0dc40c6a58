// Gaeilge, sa chaighdeán a úsáideann siopaí agus seirbhísí poiblí ina bhfógraí fianán.
// The preferences dialog's texts: dist/i18n/ga-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const ga: PreferencesTexts = {
  preferencesTitle: 'Socruithe fianán',
  preferencesDescription:
    'Roghnaigh na fianáin a cheadaíonn tú. Coinníonn na fianáin riachtanacha an siopa ag obair agus bíonn siad ar siúl i gcónaí.',
  save: 'Sábháil roghanna',
  close: 'Dún',
  alwaysOn: 'Ar siúl i gcónaí',
  essentialLabel: 'Riachtanach',
  essentialDescription: 'Ag teastáil don chiseán, don íocaíocht, don síniú isteach agus don tslándáil.',
  functionalLabel: 'Feidhmiúil',
  functionalDescription:
    'Meabhraíonn siad socruithe, mar an teanga, agus cumasaíonn siad gnéithe mar chomhrá beo.',
  analyticsLabel: 'Anailísíocht',
  analyticsDescription:
    'Taispeánann siad dúinn conas a úsáidtear an siopa, ionas gur féidir linn é a fheabhsú.',
  targetingLabel: 'Margaíocht',
  targetingDescription:
    'Ligeann siad dúinn féin agus dár gcomhpháirtithe fógraí a oireann do do spéiseanna a thaispeáint.',
  consentId: 'Aitheantas toilithe',
  withdrawnNotice:
    'Sábháladh do roghanna. Athlódáil an leathanach chun na fianáin a tharraing tú siar a mhúchadh go hiomlán.',
  reload: 'Athlódáil',
  dismiss: 'Folaigh',
  optOutNotice:
    'Úsáidimid fianáin le haghaidh anailísíochta agus fógraí, rud a d’fhéadfaí a mheas mar do shonraí pearsanta a dhíol nó a chomhroinnt. Is féidir leat diúltú tráth ar bith.',
  privacyChoices: 'Do roghanna príobháideachta',
  optOutHonored: 'Iarratas diúltaithe comhlíonta',
};

export default ga;
