// Gaeilge, sa chaighdeán a úsáideann siopaí agus seirbhísí poiblí ina bhfógraí fianán.
// The banner's and the notice's texts: dist/i18n/ga.js, loaded with the banner (the preferences' are in
// ga-preferences.ts).
import type { BannerTexts } from './en';

const ga: BannerTexts = {
  title: 'Úsáidimid fianáin',
  description:
    'Úsáidimid fianáin chun an siopa a reáchtáil, do shocruithe a mheabhrú, cuairteanna a thomhas agus fógraí ábhartha a thaispeáint. Roghnaigh cad a cheadaíonn tú; is féidir leat do rogha a athrú am ar bith.',
  acceptAll: 'Glac leis an iomlán',
  rejectAll: 'Diúltaigh don iomlán',
  customize: 'Saincheap',
  policyLink: 'Polasaí príobháideachta',
  gpcNotice:
    'Seolann do bhrabhsálaí an comhartha Global Privacy Control, mar sin fanann na fianáin mhargaíochta múchta mura gcasann tú féin air iad.',
};

export default ga;
