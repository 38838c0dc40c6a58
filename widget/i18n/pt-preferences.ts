// Português europeu, em tratamento formal, como uma loja online portuguesa escreve o aviso de cookies.
// The preferences dialog's texts: dist/i18n/pt-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const pt: PreferencesTexts = {
  preferencesTitle: 'Preferências de cookies',
  preferencesDescription:
    'Escolha os cookies que autoriza. Os cookies essenciais mantêm a loja a funcionar e estão sempre ativos.',
  save: 'Guardar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  essentialLabel: 'Essenciais',
  essentialDescription: 'Necessários para o carrinho, o pagamento, o início de sessão e a segurança.',
  functionalLabel: 'Funcionais',
  functionalDescription: 'Guardam definições como o idioma e permitem funcionalidades como o chat.',
  analyticsLabel: 'Analíticos',
  analyticsDescription: 'Mostram-nos como a loja é utilizada, para a podermos melhorar.',
  targetingLabel: 'Marketing',
  targetingDescription:
    'Permitem-nos, a nós e aos nossos parceiros, mostrar anúncios adequados aos seus interesses.',
  consentId: 'ID de consentimento',
  withdrawnNotice:
    'As suas escolhas foram guardadas. Recarregue a página para concluir a desativação dos cookies que retirou.',
  reload: 'Recarregar',
  dismiss: 'Ocultar',
  optOutNotice:
    'Utilizamos cookies para estatísticas e publicidade, o que pode ser considerado venda ou partilha dos seus dados pessoais. Pode opor-se a qualquer momento.',
  privacyChoices: 'As suas escolhas de privacidade',
  optOutHonored: 'Pedido de oposição respeitado',
};

export default pt;
