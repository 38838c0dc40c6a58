// Suomi, sinuttelevassa yleiskielessä, jota suomalaiset verkkokaupat evästeilmoituksissaan käyttävät.
// The banner's and the notice's texts: dist/i18n/fi.js, loaded with the banner (the preferences' are in
// fi-preferences.ts).
import type { BannerTexts } from './en';

const fi: BannerTexts = {
  title: 'Käytämme evästeitä',
  description:
    'Käytämme evästeitä kaupan toimintaan, asetustesi muistamiseen, käyntien mittaamiseen ja kiinnostavan mainonnan näyttämiseen. Valitse, mitä sallit; voit muuttaa valintaasi milloin tahansa.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  policyLink: 'Tietosuojaseloste',
  gpcNotice:
    'Selaimesi lähettää Global Privacy Control -signaalin, joten markkinointievästeet pysyvät pois päältä, ellet itse ota niitä käyttöön.',
};

export default fi;
