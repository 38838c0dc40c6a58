// Español neutro, tratando de usted, como una tienda en línea redacta su aviso de cookies.
import type { Texts } from './en';

const es: Texts = {
  title: 'Usamos cookies',
  description:
    'Usamos cookies y tecnologías similares para que la tienda funcione, recordar sus preferencias, analizar el uso del sitio y mostrarle publicidad relevante. Elija qué cookies acepta; puede cambiar su elección en cualquier momento.',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  policyLink: 'Política de privacidad',
  gpcNotice:
    'Su navegador envía la señal Global Privacy Control, por lo que las cookies publicitarias permanecen desactivadas salvo que usted las active.',
  preferencesTitle: 'Preferencias de cookies',
  preferencesDescription:
    'Elija qué cookies acepta. Las cookies esenciales permiten que la tienda funcione y están siempre activas.',
  save: 'Guardar selección',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  essentialLabel: 'Esenciales',
  essentialDescription: 'Necesarias para el carrito, el pago, el inicio de sesión y la seguridad.',
  functionalLabel: 'Funcionales',
  functionalDescription:
    'Recuerdan sus preferencias, como el idioma o los productos vistos, y permiten funciones como el chat en vivo.',
  analyticsLabel: 'Analíticas',
  analyticsDescription: 'Nos ayudan a entender cómo se usa la tienda para poder mejorarla.',
  targetingLabel: 'Publicidad',
  targetingDescription:
    'Nos permiten, a nosotros y a nuestros socios publicitarios, mostrarle anuncios acordes con sus intereses.',
  withdrawnNotice:
    'Hemos guardado su elección. Vuelva a cargar la página para terminar de desactivar las cookies que ha retirado.',
  reload: 'Volver a cargar',
  dismiss: 'Ocultar',
};

export default es;
