import type { SyncText } from '../sync';
import { PROCEDURE_TITLES_ES } from './titles';

/**
 * The Spanish of src/trees/sync.ts (Remind's SIS sync report article). Remind's screens are in
 * English, so their names stay as they show: Settings, SIS Sync, Resume sync, “Don’t hold syncs
 * like this again”.
 */

const WHERE_SYNC_REPORT = 'El informe SIS sync report: pestaña Settings del panel de administración > SIS Sync, y luego haga clic en el nombre de la escuela';
const WHERE_SHARING_SETTINGS = 'Configuración de uso compartido con Remind en Clever';
/** The Clever help center's name, as Clever shows it. */
const WHERE_CLEVER_SUPPORT = 'Clever Support';

const SIS_ADMIN_OR_CLEVER = 'contactar con su administrador del SIS o con Clever Support ({{role.role_clever_support}})';

const FIX_IN_SIS = [
  'Abra el informe SIS sync report de la escuela: muestra los tipos de error o alerta con información sobre cómo resolverlos, y la fecha y hora de la última sincronización entre Clever y Remind.',
  'Descargue los archivos .CSV con los usuarios que hay que corregir en el SIS: la lista detallada de los cambios que hay que hacer directamente en el SIS.',
  'Los errores impiden crear cuentas de profesores o estudiantes: hay que resolverlos cuanto antes. Las alertas son errores de datos menores que vale la pena corregir.',
];

const RESUME =
  'Cuando se haya resuelto el problema de configuración de datos en el SIS o en Clever, haga clic en Resume sync en el informe SIS sync report de la escuela. Remind procesará la sincronización de inmediato.';
const DONT_HOLD_AGAIN =
  'Para ignorar este problema de configuración de datos en futuras sincronizaciones, seleccione “Don’t hold syncs like this again” antes de reanudar la sincronización.';
const DONT_HOLD_AGAIN_CUSTOMER =
  ' Para ignorar este tipo de problema en futuras sincronizaciones, seleccione “Don’t hold syncs like this again” antes de hacer clic en Resume sync.';
const FILTER_CONTACTS = `Si el administrador necesita excluir a los contactos de emergencia y secundarios de los datos que comparte con Remind, debe ${SIS_ADMIN_OR_CLEVER}.`;
const REMOVE_CONTACTS_BEFORE_RESUMING =
  'Asegúrese de que los contactos de emergencia y secundarios se han quitado de los datos compartidos con Remind antes de reanudar la sincronización.';

export const syncEs: SyncText = {
  title: PROCEDURE_TITLES_ES.sync,
  nodes: {
    'sync.status': {
      question: '¿Qué muestra el informe SIS sync report de la escuela?',
      check:
        'Vaya a la pestaña Settings del panel de administración y seleccione SIS Sync: muestra todas las escuelas del distrito y el estado de la sincronización Clever-Remind de cada una (ordenadas por estado; las escuelas que no forman parte del plan aparecen en gris). ' +
        'Los errores son problemas del SIS que impiden crear cuentas de profesores o estudiantes: las escuelas con errores aparecen resaltadas en rojo con un signo de exclamación rojo. ' +
        'Las alertas son errores de datos menores del SIS que, si se corrigen, harían Remind más útil. El estado de sincronización muestra la situación de la conexión Clever-Remind de la escuela.',
      where: [WHERE_SYNC_REPORT],
      answers: {
        errors: 'Errores',
        alerts: 'Alertas',
        on_hold: 'Sincronización en pausa',
        no_issue: 'Sin errores, alertas ni pausas',
        cannot_see_report: 'El solicitante no puede ver el informe SIS sync report (o la escuela aparece en gris)',
      },
      notes: [
        'Este es el artículo de Remind: el informe SIS sync report muestra la sincronización Clever–Remind, no el Rostering de Clever de VHL Central.',
        'El informe SIS sync report está disponible para administradores con un School Plan o District Plan, en escuelas y distritos que sincronizan sus listas con Clever.',
        'Teachers & Students son el número de cuentas de profesores o estudiantes sincronizadas que Remind ha creado a partir de Clever.',
        'Los errores son graves: hay que resolverlos cuanto antes. Las alertas son menores.',
      ],
    },
    'sync.hold_type': {
      question: '¿Qué tipo de pausa muestra el informe SIS sync report de la escuela?',
      check:
        'Abra el informe SIS sync report de la escuela para ver los detalles del tipo de pausa, con los pasos para resolver el problema y reanudar la sincronización. El administrador recibe un correo cuando una sincronización se pone en pausa.',
      where: [WHERE_SYNC_REPORT, WHERE_SHARING_SETTINGS, WHERE_CLEVER_SUPPORT],
      answers: {
        disconnected: 'Desconectada: Remind no puede comunicarse con Clever',
        data_changes: 'Muchos cambios de datos: una gran cantidad de cambios destructivos',
        data_config: 'Configuración de datos: se sospecha un error de configuración de datos en el SIS o en Clever',
      },
      notes: [
        'La sincronización de una escuela se pone en pausa si Remind encuentra un problema con la conexión de Clever o sospecha un problema de configuración de datos en el SIS o en Clever.',
        'Para reanudar una sincronización en pausa, hay que resolver el motivo de la pausa directamente en Clever o en el SIS.',
      ],
    },
    'sync.data_config_type': {
      question: '¿Qué problema de configuración de datos puso la sincronización en pausa?',
      check: 'Hay tres problemas de configuración de datos que pueden poner una sincronización en pausa; el informe SIS sync report de la escuela indica cuál.',
      where: [WHERE_SYNC_REPORT],
      answers: {
        extra_contacts: 'Contactos de emergencia o secundarios incluidos en los datos compartidos',
        six_plus_contacts: 'Estudiantes con seis contactos o más',
        duplicate_emails: 'Varias cuentas tienen la misma dirección de correo',
      },
    },
  },
  outcomes: {
    fix_in_sis_then_sync: {
      title: 'Errores o alertas: corregirlos en el SIS; llegan a Remind a través de Clever (por la noche, o después de una carga)',
      agentActions: [
        ...FIX_IN_SIS,
        'Con una sincronización automática entre el SIS y Clever, los cambios hechos directamente en el SIS llegan a Remind a través de Clever cada noche, entre las 11 p. m. y las 5 a. m. (hora del Pacífico).',
        'Los cambios del SIS tienen que procesarse y guardarse primero en Clever antes de llegar a Remind. No todos los tipos de sincronización SIS-Clever se procesan automáticamente: con uno que no lo hace, hay que cargar en Clever los datos actualizados del SIS para que aparezcan los cambios.',
        'Remita al administrador a su District Dashboard de Clever para ver el tipo y la frecuencia de la sincronización SIS-Clever.',
        `Para cualquier pregunta sobre la sincronización SIS-Clever, el administrador debe ${SIS_ADMIN_OR_CLEVER}.`,
      ],
      customerGuidance:
        'El informe SIS sync report de su escuela muestra los registros que hay que corregir: abra la escuela en el informe, descargue los archivos .CSV y corrija esos usuarios directamente en su SIS. Los errores impiden crear cuentas, así que le recomendamos corregirlos primero. Cómo llegan las correcciones a Remind depende del tipo de sincronización SIS-Clever, que puede ver en su District Dashboard de Clever: con una sincronización automática llegan durante la noche, entre las 11 p. m. y las 5 a. m. (hora del Pacífico); si no, cargue en Clever los datos actualizados de su SIS y los cambios aparecerán después. Su administrador del SIS o Clever Support ({{link.link_clever_support_center}}) pueden responder a cualquier pregunta sobre esa sincronización.',
    },
    sync_report_clear: {
      title: 'El informe de sincronización Clever–Remind no muestra ningún problema: el artículo no dice nada más',
      agentActions: [
        'El informe SIS sync report no muestra errores, alertas ni pausas para la escuela: la sincronización Clever–Remind funciona. El informe no dice nada sobre el Rostering de VHL Central.',
      ],
      customerGuidance:
        'El informe SIS sync report de su escuela no muestra errores, alertas ni pausas, así que la sincronización entre Clever y Remind funciona correctamente.',
    },
    report_needs_remind_plan: {
      title: 'El solicitante no puede ver el informe SIS sync report: es para administradores con un School Plan o District Plan de Remind',
      agentActions: [
        'El informe SIS sync report está disponible para administradores con un School Plan o District Plan; las escuelas que no forman parte del plan de Remind aparecen en gris.',
        'Explique al solicitante que el informe requiere una cuenta de administrador con un School Plan o District Plan de Remind.',
      ],
      customerGuidance:
        'El informe SIS sync report de Remind está disponible para administradores con un School Plan o District Plan de Remind, y las escuelas que no forman parte del plan aparecen en gris. Si no ve el informe, o su escuela aparece en gris, puede consultarlo un administrador del plan de Remind de su escuela o distrito.',
    },
    resume_after_reconnect: {
      title: 'Desconectada: revisar la app de Remind y la configuración de uso compartido en Clever, y reanudar la sincronización',
      agentActions: [
        'Revise la configuración en Clever: asegúrese de que la app de Remind está instalada en Clever.',
        'Asegúrese de que se comparten con Remind los datos correctos; se recomienda compartir los datos por escuela ({{link.link_clever_sharing_settings}}).',
        'Cuando esté resuelto, haga clic en Resume sync en el informe SIS sync report de la escuela. Remind intentará volver a conectarse con Clever y procesar la sincronización.',
      ],
      customerGuidance:
        'La sincronización de su escuela está en pausa porque Remind no puede conectarse con Clever. En Clever, asegúrese de que la app de Remind está instalada y de que comparte con ella los datos correctos (le recomendamos compartirlos por escuela). Después, haga clic en Resume sync en el informe SIS sync report de la escuela, y Remind volverá a conectarse y procesará la sincronización.',
    },
    resume_after_reviewing_changes: {
      title: 'Muchos cambios de datos: revisarlos y reanudar la sincronización (pidiendo ayuda antes si son inesperados)',
      agentActions: [
        'Por norma, Remind pone en pausa las sincronizaciones que van a tener un gran impacto en los datos: es una oportunidad para revisar los cambios y confirmar que son los esperados. Este tipo de pausa es normal cuando las listas se actualizan en los cambios de semestre y de fin de curso.',
        'Descargue los archivos .CSV con la información de los cambios destructivos que encontró Remind y revíselos. Si el administrador quiere sincronizarlos, reanude la sincronización.',
        `Si los cambios son inesperados, el administrador debe ${SIS_ADMIN_OR_CLEVER} para pedir ayuda antes de reanudar la sincronización.`,
        'Si el administrador corrige incoherencias en el SIS, hay que sincronizar con Clever los datos actualizados del SIS antes de reanudar la sincronización.',
        'Cuando se hayan aceptado los cambios, haga clic en Resume sync en el informe SIS sync report de la escuela. Remind procesará la sincronización de inmediato.',
      ],
      customerGuidance:
        'Remind puso en pausa la sincronización porque cambiaría muchos de sus datos, algo normal cuando las listas cambian al final del semestre o del curso. Descargue los archivos .CSV del informe SIS sync report de la escuela y revise los cambios. Si son los que esperaba, haga clic en Resume sync y la sincronización se hará de inmediato. Si no, no la reanude todavía: su administrador del SIS o Clever Support ({{link.link_clever_support_center}}) pueden ayudarle a encontrar su origen. Si corrige algo en su SIS, sincronícelo con Clever antes de reanudar.',
    },
    extra_contacts_in_data_share: {
      title: 'Contactos de emergencia o secundarios en los datos compartidos: revisarlos, excluirlos o sincronizarlos, y reanudar',
      agentActions: [
        'Todos los contactos compartidos con Remind reciben una cuenta de Remind. Los contactos de emergencia y secundarios son personas con las que los profesores no suelen comunicarse, así que no se recomienda crearles cuentas.',
        'Descargue el archivo .CSV de los contactos adicionales y revíselo. Si el administrador quiere sincronizarlos, reanude la sincronización.',
        FILTER_CONTACTS,
        REMOVE_CONTACTS_BEFORE_RESUMING,
        DONT_HOLD_AGAIN,
        RESUME,
      ],
      customerGuidance:
        'La sincronización está en pausa porque los datos compartidos con Remind incluyen contactos de emergencia o secundarios, y cada contacto compartido recibe una cuenta. Descargue el archivo .CSV de estos contactos del informe SIS sync report de la escuela y revíselo. Si quiere sincronizarlos, haga clic en Resume sync. Si no, su administrador del SIS o Clever Support ({{link.link_clever_support_center}}) pueden ayudarle a excluirlos de los datos compartidos; cuando se hayan quitado, haga clic en Resume sync.' +
        DONT_HOLD_AGAIN_CUSTOMER,
    },
    students_with_six_plus_contacts: {
      title: 'Estudiantes con seis contactos o más: revisarlos, excluir los contactos de emergencia o secundarios o sincronizarlos, y reanudar',
      agentActions: [
        'Hay estudiantes en los datos de la escuela con seis contactos o más asociados. Puede significar que se están compartiendo con Remind contactos de emergencia o secundarios.',
        'Descargue el archivo .CSV de estos estudiantes y revíselo. Si el administrador quiere sincronizarlos, reanude la sincronización.',
        FILTER_CONTACTS,
        REMOVE_CONTACTS_BEFORE_RESUMING,
        DONT_HOLD_AGAIN,
        RESUME,
      ],
      customerGuidance:
        'La sincronización está en pausa porque algunos estudiantes tienen seis contactos o más, lo que suele indicar que se comparten contactos de emergencia o secundarios. Descargue el archivo .CSV de estos estudiantes del informe SIS sync report de la escuela y revíselo. Si los contactos son correctos, haga clic en Resume sync. Si no, su administrador del SIS o Clever Support ({{link.link_clever_support_center}}) pueden ayudarle a excluir los contactos de emergencia y secundarios de los datos compartidos; cuando se hayan quitado, haga clic en Resume sync.' +
        DONT_HOLD_AGAIN_CUSTOMER,
    },
    duplicate_email_addresses: {
      title: 'Varias cuentas tienen la misma dirección de correo: revisarlas, corregirlas en el SIS o sincronizarlas, y reanudar',
      agentActions: [
        'Remind exige que cada cuenta tenga una dirección de correo única; en los datos de la escuela se encontraron varias cuentas con direcciones de correo parecidas.',
        'Descargue el archivo .CSV de estas cuentas y revíselo. Si el administrador quiere sincronizarlas, reanude la sincronización.',
        'Si no, corrija las direcciones de correo duplicadas en el SIS y sincronice los datos con Clever antes de reanudar la sincronización.',
        DONT_HOLD_AGAIN,
        RESUME,
      ],
      customerGuidance:
        'La sincronización está en pausa porque varias cuentas de los datos de su escuela comparten una dirección de correo, y cada cuenta necesita la suya. Descargue el archivo .CSV de estas cuentas del informe SIS sync report de la escuela y revíselo. Si quiere sincronizarlas tal como están, haga clic en Resume sync. Si no, corrija las direcciones en su SIS, sincronice sus datos con Clever y después haga clic en Resume sync.' +
        DONT_HOLD_AGAIN_CUSTOMER,
    },
  },
};
