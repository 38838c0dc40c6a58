// Português europeu, em tratamento formal, como uma loja online portuguesa escreve o aviso de cookies.
// The banner's and the notice's texts: dist/i18n/pt.js, loaded with the banner (the preferences' are in
// pt-preferences.ts).
import type { BannerTexts } from './en';

const pt: BannerTexts = {
  title: 'Utilizamos cookies',
  description:
    'Utilizamos cookies para o funcionamento da loja, para guardar as suas preferências, medir as visitas e mostrar publicidade relevante. Escolha o que autoriza; pode alterar a sua escolha a qualquer momento.',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  policyLink: 'Política de privacidade',
  gpcNotice:
    'O seu navegador envia o sinal Global Privacy Control, pelo que os cookies de marketing permanecem desativados, a menos que os ative.',
};

export default pt;
