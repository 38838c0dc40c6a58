// Português do Brasil, tratando por você, como uma loja virtual brasileira escreve o aviso de cookies.
// The preferences dialog's texts: dist/i18n/pt-BR-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const ptBR: PreferencesTexts = {
  preferencesTitle: 'Preferências de cookies',
  preferencesDescription:
    'Escolha quais cookies você permite. Os cookies essenciais mantêm a loja funcionando e estão sempre ativos.',
  save: 'Salvar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  essentialLabel: 'Essenciais',
  essentialDescription: 'Necessários para o carrinho, o pagamento, o login e a segurança.',
  functionalLabel: 'Funcionais',
  functionalDescription: 'Lembram configurações como o idioma e permitem recursos como o chat.',
  analyticsLabel: 'Analíticos',
  analyticsDescription: 'Mostram como a loja é usada, para que possamos melhorá-la.',
  targetingLabel: 'Marketing',
  targetingDescription:
    'Permitem que nós e nossos parceiros mostremos anúncios de acordo com seus interesses.',
  consentId: 'ID de consentimento',
  withdrawnNotice:
    'Suas escolhas foram salvas. Recarregue a página para terminar de desativar os cookies que você retirou.',
  reload: 'Recarregar',
  dismiss: 'Ocultar',
  optOutNotice:
    'Usamos cookies para estatísticas e anúncios, o que pode ser considerado venda ou compartilhamento dos seus dados pessoais. Você pode recusar a qualquer momento.',
  privacyChoices: 'Suas escolhas de privacidade',
  optOutHonored: 'Pedido de recusa atendido',
};

export default ptBR;
