// Polski, zwracając się per „Ty”, jak polskie sklepy internetowe piszą komunikat o plikach cookie.
// The banner's and the notice's texts: dist/i18n/pl.js, loaded with the banner (the preferences' are in
// pl-preferences.ts).
import type { BannerTexts } from './en';

const pl: BannerTexts = {
  title: 'Używamy plików cookie',
  description:
    'Używamy plików cookie, aby sklep działał, zapamiętywał Twoje ustawienia, mierzył odwiedziny i wyświetlał trafne reklamy. Wybierz, na co się zgadzasz; swój wybór możesz zmienić w każdej chwili.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  policyLink: 'Polityka prywatności',
  gpcNotice:
    'Twoja przeglądarka wysyła sygnał Global Privacy Control, dlatego marketingowe pliki cookie pozostają wyłączone, dopóki ich samodzielnie nie włączysz.',
};

export default pl;
