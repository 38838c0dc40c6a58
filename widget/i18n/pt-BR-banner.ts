// Português do Brasil, tratando por você, como uma loja virtual brasileira escreve o aviso de cookies.
// The banner's and the notice's texts: dist/i18n/pt-BR.js, loaded with the banner (the preferences' are in
// pt-BR-preferences.ts).
import type { BannerTexts } from './en';

const ptBR: BannerTexts = {
  title: 'Usamos cookies',
  description:
    'Usamos cookies para fazer a loja funcionar, lembrar suas preferências, medir as visitas e mostrar anúncios relevantes. Escolha o que você permite; é possível mudar sua escolha a qualquer momento.',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  policyLink: 'Política de privacidade',
  gpcNotice:
    'Seu navegador envia o sinal Global Privacy Control, por isso os cookies de marketing continuam desativados, a menos que você os ative.',
};

export default ptBR;
