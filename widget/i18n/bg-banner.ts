// Български, с „Вие“ (учтивата форма), както магазините пишат съобщенията си за бисквитки.
// The banner's and the notice's texts: dist/i18n/bg.js, loaded with the banner (the preferences' are in
// bg-preferences.ts).
import type { BannerTexts } from './en';

const bg: BannerTexts = {
  title: 'Използваме бисквитки',
  description:
    'Използваме бисквитки, за да работи магазинът, да запомняме настройките Ви, да измерваме посещенията и да показваме подходящи реклами. Изберете какво разрешавате; можете да промените избора си по всяко време.',
  acceptAll: 'Приемам всички',
  rejectAll: 'Отказвам всички',
  customize: 'Настройки',
  policyLink: 'Политика за поверителност',
  gpcNotice:
    'Браузърът Ви изпраща сигнала Global Privacy Control, затова рекламните бисквитки остават изключени, освен ако не ги включите сами.',
};

export default bg;
