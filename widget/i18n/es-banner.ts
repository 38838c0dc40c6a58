// Español neutro, tratando de usted, como una tienda en línea redacta su aviso de cookies.
// The banner's and the notice's texts: dist/i18n/es.js, loaded with the banner (the preferences' are in
// es-preferences.ts).
import type { BannerTexts } from './en';

const es: BannerTexts = {
  title: 'Usamos cookies',
  description:
    'Usamos cookies y tecnologías similares para que la tienda funcione, recordar sus preferencias, analizar el uso del sitio y mostrarle publicidad relevante. Elija qué cookies acepta; puede cambiar su elección en cualquier momento.',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  policyLink: 'Política de privacidad',
  gpcNotice:
    'Su navegador envía la señal Global Privacy Control, por lo que las cookies publicitarias permanecen desactivadas salvo que usted las active.',
};

export default es;
