// Polski, zwracając się per „Ty”, jak polskie sklepy internetowe piszą komunikat o plikach cookie.
// The preferences dialog's texts: dist/i18n/pl-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const pl: PreferencesTexts = {
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesDescription:
    'Wybierz, na które pliki cookie się zgadzasz. Niezbędne pliki cookie zapewniają działanie sklepu i są zawsze włączone.',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  essentialLabel: 'Niezbędne',
  essentialDescription: 'Potrzebne do obsługi koszyka, płatności, logowania i bezpieczeństwa.',
  functionalLabel: 'Funkcjonalne',
  functionalDescription:
    'Zapamiętują ustawienia, np. język, i umożliwiają działanie funkcji takich jak czat.',
  analyticsLabel: 'Analityczne',
  analyticsDescription: 'Pokazują nam, jak korzystasz ze sklepu, abyśmy mogli go ulepszać.',
  targetingLabel: 'Marketingowe',
  targetingDescription:
    'Pozwalają nam i naszym partnerom wyświetlać reklamy dopasowane do Twoich zainteresowań.',
  consentId: 'Identyfikator zgody',
  withdrawnNotice:
    'Twój wybór został zapisany. Odśwież stronę, aby całkowicie wyłączyć wycofane pliki cookie.',
  reload: 'Odśwież',
  dismiss: 'Ukryj',
  optOutNotice:
    'Używamy plików cookie do statystyk i reklam, co może zostać uznane za sprzedaż lub udostępnianie Twoich danych osobowych. W każdej chwili możesz z tego zrezygnować.',
  privacyChoices: 'Twoje wybory dotyczące prywatności',
  optOutHonored: 'Prośba o rezygnację została uwzględniona',
};

export default pl;
