// Español, tuteando (como los textos de c15t y tarteaucitron), como una tienda en línea redacta su aviso de cookies.
// The preferences dialog's texts: dist/i18n/es-preferences.js, loaded only when the preferences show.
import type { PreferencesTexts } from './en';

const es: PreferencesTexts = {
  preferencesTitle: 'Preferencias de cookies',
  preferencesDescription:
    'Elige qué cookies aceptas. Las cookies esenciales permiten que la tienda funcione y están siempre activas.',
  save: 'Guardar selección',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  essentialLabel: 'Esenciales',
  essentialDescription: 'Necesarias para el carrito, el pago, el inicio de sesión y la seguridad.',
  functionalLabel: 'Funcionales',
  functionalDescription:
    'Recuerdan tus preferencias, como el idioma o los productos vistos, y permiten funciones como el chat en vivo.',
  analyticsLabel: 'Analíticas',
  analyticsDescription: 'Nos ayudan a entender cómo se usa la tienda para poder mejorarla.',
  targetingLabel: 'Publicidad',
  targetingDescription:
    'Nos permiten, a nosotros y a nuestros socios publicitarios, mostrarte anuncios acordes con tus intereses.',
  consentId: 'ID de consentimiento',
  withdrawnNotice:
    'Hemos guardado tu elección. Vuelve a cargar la página para terminar de desactivar las cookies que has retirado.',
  reload: 'Volver a cargar',
  dismiss: 'Ocultar',
  optOutNotice:
    'Usamos cookies para estadísticas y publicidad, lo que puede considerarse venta o intercambio de tus datos personales. Puedes excluirte en cualquier momento.',
  privacyChoices: 'Tus opciones de privacidad',
  optOutHonored: 'Solicitud de exclusión atendida',
};

export default es;
