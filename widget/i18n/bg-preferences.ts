// Български, с „Вие“ (учтивата форма), както магазините пишат съобщенията си за бисквитки.
// The preferences dialog's texts: dist/i18n/bg-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const bg: PreferencesTexts = {
  preferencesTitle: 'Настройки за бисквитките',
  preferencesDescription:
    'Изберете кои бисквитки разрешавате. Задължителните осигуряват работата на магазина и са винаги активни.',
  save: 'Запазване на избора',
  close: 'Затваряне',
  alwaysOn: 'Винаги активни',
  essentialLabel: 'Задължителни',
  essentialDescription: 'Необходими за количката, плащането, влизането в профила и сигурността.',
  functionalLabel: 'Функционални',
  functionalDescription: 'Запомнят настройки като езика и осигуряват функции като чата на живо.',
  analyticsLabel: 'Аналитични',
  analyticsDescription: 'Показват ни как се използва магазинът, за да го подобряваме.',
  targetingLabel: 'Маркетингови',
  targetingDescription: 'Позволяват на нас и на партньорите ни да Ви показваме реклами според интересите Ви.',
  consentId: 'ИД на съгласието',
  withdrawnNotice:
    'Изборът Ви е запазен. Презаредете страницата, за да се изключат напълно оттеглените бисквитки.',
  reload: 'Презареждане',
  dismiss: 'Скриване',
  optOutNotice:
    'Използваме бисквитки за анализ и реклама, което може да се счита за продажба или споделяне на личните Ви данни. Можете да се откажете по всяко време.',
  privacyChoices: 'Вашите избори за поверителност',
  optOutHonored: 'Искането за отказ е изпълнено',
};

export default bg;
