// Suomi, sinuttelevassa yleiskielessä, jota suomalaiset verkkokaupat evästeilmoituksissaan käyttävät.
// The preferences dialog's texts: dist/i18n/fi-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const fi: PreferencesTexts = {
  preferencesTitle: 'Evästeasetukset',
  preferencesDescription:
    'Valitse, mitkä evästeet sallit. Välttämättömät evästeet pitävät kaupan toiminnassa ja ovat aina käytössä.',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  essentialLabel: 'Välttämättömät',
  essentialDescription: 'Tarvitaan ostoskoriin, kassaan, kirjautumiseen ja tietoturvaan.',
  functionalLabel: 'Toiminnalliset',
  functionalDescription: 'Muistavat asetukset, kuten kielen, ja mahdollistavat toimintoja, kuten chatin.',
  analyticsLabel: 'Analytiikka',
  analyticsDescription: 'Kertovat meille, miten kauppaa käytetään, jotta voimme parantaa sitä.',
  targetingLabel: 'Markkinointi',
  targetingDescription:
    'Antavat meidän ja kumppaneidemme näyttää kiinnostuksenkohteitasi vastaavia mainoksia.',
  consentId: 'Suostumustunnus',
  withdrawnNotice:
    'Valintasi on tallennettu. Lataa sivu uudelleen, jotta perumasi evästeet poistuvat kokonaan käytöstä.',
  reload: 'Lataa uudelleen',
  dismiss: 'Piilota',
  optOutNotice:
    'Käytämme evästeitä tilastointiin ja mainontaan, mikä voidaan katsoa henkilötietojesi myymiseksi tai jakamiseksi. Voit kieltäytyä siitä milloin tahansa.',
  privacyChoices: 'Tietosuojavalintasi',
  optOutHonored: 'Kieltäytymispyyntösi on toteutettu',
};

export default fi;
