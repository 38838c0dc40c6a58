// Čeština, s vykáním, jak e-shop píše svou lištu o cookies.
// The preferences dialog's texts: dist/i18n/cs-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const cs: PreferencesTexts = {
  preferencesTitle: 'Nastavení cookies',
  preferencesDescription:
    'Vyberte, které cookies povolíte. Nezbytné cookies zajišťují chod obchodu a jsou vždy aktivní.',
  save: 'Uložit volbu',
  close: 'Zavřít',
  alwaysOn: 'Vždy aktivní',
  essentialLabel: 'Nezbytné',
  essentialDescription: 'Potřebné pro košík, pokladnu, přihlášení a zabezpečení.',
  functionalLabel: 'Funkční',
  functionalDescription: 'Pamatují si nastavení, například jazyk, a umožňují funkce, jako je chat.',
  analyticsLabel: 'Analytické',
  analyticsDescription: 'Ukazují nám, jak se obchod používá, abychom ho mohli zlepšovat.',
  targetingLabel: 'Marketingové',
  targetingDescription: 'Umožňují nám a našim partnerům zobrazovat reklamu podle vašich zájmů.',
  consentId: 'ID souhlasu',
  withdrawnNotice: 'Vaše volba je uložena. Načtěte stránku znovu, aby se odvolané cookies úplně vypnuly.',
  reload: 'Načíst znovu',
  dismiss: 'Skrýt',
  optOutNotice:
    'Používáme cookies pro analýzu a reklamu, což může znamenat prodej nebo sdílení vašich osobních údajů. Můžete to kdykoli odmítnout.',
  privacyChoices: 'Vaše volby ochrany soukromí',
  optOutHonored: 'Žádost o odmítnutí byla vyřízena',
};

export default cs;
