// Español, tuteando (como los textos de c15t y tarteaucitron), como una tienda en línea redacta su aviso de cookies.
// The banner's and the notice's texts: dist/i18n/es.js, loaded with the banner (the preferences' are in
// es-preferences.ts).
import type { BannerTexts } from './en';

const es: BannerTexts = {
  title: 'Usamos cookies',
  description:
    'Usamos cookies y tecnologías similares para que la tienda funcione, recordar tus preferencias, analizar el uso del sitio y mostrarte publicidad relevante. Elige qué cookies aceptas; puedes cambiar tu elección en cualquier momento.',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  policyLink: 'Política de privacidad',
  gpcNotice:
    'Tu navegador envía la señal Global Privacy Control, por lo que las cookies publicitarias permanecen desactivadas salvo que tú las actives.',
};

export default es;
