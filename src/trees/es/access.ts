import type { AccessText } from '../access';
import type { FieldText } from '../../triage/tree';
import {
  ASSOCIATION_FIELDS,
  INTEGRATION_ANSWERS,
  INTEGRATION_CHECK,
  INTEGRATION_QUESTION,
  ROSTERING_DATES,
  TEACHER_AND_COURSES_FIELD,
  USER_CLEVER_ID_FIELD,
  WHERE_CLEVER_DASHBOARD,
  WHERE_CLEVER_OVERVIEW,
  WHERE_DISTRICTS_USING_CLEVER,
  WHERE_MY_ACCOUNT,
  WHERE_ORGANIZATION,
  WHERE_USER_SEARCH,
  yesNo,
} from './common';
import { PROCEDURE_TITLES_ES } from './titles';

/** Step 1's "No" outcomes ask for the district, which a school outside any district does not have. */
const DISTRICT_NAME_IF_ANY: FieldText = { label: 'Nombre del distrito (confirmado con el usuario)', help: 'Déjelo vacío cuando la escuela no pertenece a ningún distrito.' };

/** The Spanish of src/trees/access.ts, node by node and outcome by outcome. */

const LOGIN_VIA_CLEVER_FALLBACK =
  'Si no lo consigue o no conoce sus datos de inicio de sesión, remítalo al contacto de soporte de su distrito, al soporte de Clever ({{role.role_clever_support}}) o a su profesor (si es estudiante).';

const COURSES_CANNOT_TRANSFER =
  'Si un profesor creó cursos en una cuenta que no es de Clever, tendrá que volver a crearlos en la cuenta asociada a Clever, porque no hay manera de transferir los cursos.';

const ROSTERING_CONFIRM_DATES =
  'Confirme con el profesor o el administrador la fecha y hora en que se añadió a los estudiantes a la sección de Clever, la fecha y hora en que se vincularon las secciones, y si el estudiante ha intentado iniciar sesión en VHL a través del portal del SIS.';
const ROSTERING_SYNC_TAKES_24_HOURS =
  'Explique al cliente que la sincronización de los cursos vinculados puede tardar hasta 24 horas en completarse, así que es posible que el distrito solo tenga que esperar a que termine.';

export const accessEs: AccessText = {
  title: PROCEDURE_TITLES_ES.access,
  nodes: {
    'access.1': {
      question: '¿Está la escuela del estudiante y del profesor en un distrito que tiene una integración de Clever?',
      check:
        '“Clever SSO or Rostering enabled” debería figurar junto a los datos de la escuela en los datos de la cuenta del usuario en VHL Central Support Tools. ' +
        'Confirme con el usuario el nombre del distrito y de la escuela, y busque el distrito de la escuela haciendo clic en la escuela asociada a los datos de la cuenta del usuario en VHL Central Support Tools. ' +
        'También puede revisar rápidamente el registro de la organización de la escuela en Zendesk: si los campos “Parent Account” y “Parent Account ID” tienen datos, la escuela está asociada al distrito indicado (revise la lista de distritos activos). ' +
        'Mire además el campo “LMS” para confirmarlo, por ejemplo “Clever SSO District AY 2017-2018” o “Clever Rostering District AY 2017-2018”.',
      where: [WHERE_USER_SEARCH, WHERE_ORGANIZATION, WHERE_DISTRICTS_USING_CLEVER],
      answers: {
        yes: 'Sí — un distrito con Clever',
        no: 'No — no se encontró ninguna integración de Clever',
        no_wants_clever: 'No es una escuela con Clever, y quiere configurar Clever',
      },
      notes: [
        'Lea primero “Clever Overview and District Information: Single Sign-On and Rostering”: incluye la información de integración de los distritos, los contactos de soporte de cada distrito, las instrucciones de inicio de sesión y una explicación de cómo funciona la integración con Clever.',
        'No: es posible que el distrito no haya completado su integración con Clever o que VHL aún no la haya aprobado. Una escuela sin Clever que quiere configurar una integración de Clever es la tercera respuesta: va a Ventas, no a Tier 2.',
      ],
    },
    'access.2a': {
      question: '¿Tiene el usuario dificultades con la parte de Clever del inicio de sesión (no con el acceso a VHL)?',
      check:
        '¿Tiene el usuario dificultades con el inicio de sesión de Clever (no con el acceso a VHL)? Consulte el Clever Login Triage para resolverlo. ' +
        'Responda Sí para los problemas con la parte de Clever del inicio de sesión.',
      where: ['Clever Login Triage (artículo del soporte de Clever)', WHERE_CLEVER_OVERVIEW],
      answers: yesNo(),
    },
    'access.2b': {
      question: '¿Tiene el usuario problemas para llegar a VHL Central Home (ve el mensaje “! VHL does not recognize your school.”)?',
      check: 'Pregunte al usuario qué ve después de iniciar sesión en Clever: el mensaje “! VHL does not recognize your school.” al intentar llegar a VHL Central Home.',
      where: [],
      answers: yesNo(),
    },
    'access.3': {
      question: '¿Tiene el usuario una cuenta de VHL Central?',
      check:
        'Haga una búsqueda de usuarios en Support Tools. Si la búsqueda no encuentra nada, la respuesta es No: el usuario aún no tiene cuenta de VHL Central. ' +
        'Si además el usuario ve un mensaje durante el inicio de sesión que está en VHL Central (no en Clever ni en el portal del distrito), lo más probable es que el problema esté en la asociación escuela-distrito de VHL: elija la tercera respuesta.',
      where: [WHERE_USER_SEARCH],
      answers: {
        yes: 'Sí — se encontró una cuenta',
        no: 'No — la búsqueda de usuarios no encontró nada',
        no_message_on_vhl: 'No se encontró nada, y un mensaje en VHL Central impide el inicio de sesión',
      },
    },
    'access.4': {
      question: '¿Es el nombre de usuario de la cuenta de VHL Central un ID de usuario de Clever (una serie larga de números y letras)?',
      check:
        'Los ID de usuario de Clever se ven en los perfiles de usuario de Support Tools; también puede pedir al usuario que vaya a My account en VHL Central para ver y confirmar su nombre de usuario.',
      where: [WHERE_USER_SEARCH, WHERE_MY_ACCOUNT],
      answers: yesNo(),
      notes: [
        'La dirección de correo del perfil de usuario de VHL no es una dirección real. No tendremos manera de contactar a los estudiantes por correo, así que su profesor es el principal contacto por correo.',
        'Los perfiles de los profesores pueden tener un correo de contacto real (si Clever lo envió), que debe anotarse o confirmarse en el perfil de Zendesk del profesor.',
      ],
    },
    'access.5': {
      question: '¿Tiene el profesor el curso creado en la escuela correcta?',
      check: 'Mire los cursos del profesor y la escuela de cada uno en los datos de la cuenta del profesor en VHL Central Support Tools.',
      where: [WHERE_USER_SEARCH],
      answers: yesNo(),
      notes: ['Desde el 10/8/2016, los profesores ven un mensaje en su panel que explica por qué no pueden crear cursos.'],
    },
    'access.6': {
      question: '¿Tiene el profesor el curso creado en la cuenta de VHL Central asociada a Clever?',
      check: 'Compruébelo con el ID de usuario de la cuenta del profesor que tiene el curso (debería ser una serie larga de números y letras).',
      where: [WHERE_USER_SEARCH],
      answers: yesNo(),
    },
    'access.7': {
      question: INTEGRATION_QUESTION,
      check: `${INTEGRATION_CHECK} El paso 7a es solo para el inicio de sesión único (SSO); el paso 7b es solo para Rostering.`,
      where: [WHERE_ORGANIZATION, WHERE_USER_SEARCH, WHERE_DISTRICTS_USING_CLEVER],
      answers: INTEGRATION_ANSWERS,
    },
    'access.7a': {
      question:
        'Solo inicio de sesión único (SSO): ¿puede el estudiante ver el curso en la tabla de matrícula de VHL Central, matricularse en él y entrar en el curso sin recibir ningún mensaje de error?',
      check: 'Pida al estudiante que lo intente, o reprodúzcalo desde la cuenta del estudiante: el curso en la tabla de matrícula, la matrícula y luego la entrada al curso.',
      where: [WHERE_USER_SEARCH],
      answers: yesNo(),
    },
    'access.7b': {
      question: 'Solo Rostering: ¿hay uno o más estudiantes sin matricular en el curso de VHL Central vinculado a una sección de Clever?',
      check:
        'Compare los estudiantes de la sección de Clever con los estudiantes matriculados en el curso de VHL Central vinculado. ' +
        `Si faltan estudiantes: ${ROSTERING_CONFIRM_DATES} La sincronización de los cursos vinculados puede tardar hasta 24 horas, así que Sí significa que los cambios o la vinculación se hicieron hace más de 24 horas; en las últimas 24 horas es otra respuesta.`,
      where: [WHERE_USER_SEARCH, WHERE_CLEVER_DASHBOARD],
      answers: {
        yes: 'Sí — añadidos o vinculados hace más de 24 horas',
        yes_within_24_hours: 'Faltan estudiantes, pero se añadieron o vincularon en las últimas 24 horas',
        no: 'No — todos los estudiantes de la sección de Clever están matriculados',
      },
    },
    'access.8': {
      question:
        '¿Muestra la cuenta del estudiante los privilegios correctos para el libro según los requisitos del curso del profesor, pero no puede acceder a cierto contenido?',
      check:
        'Compare los privilegios de la cuenta del estudiante en Support Tools con el libro que exige el curso del profesor, y pregunte qué contenido no se abre. ' +
        'Sí corresponde al eBook ©2014 o al practice partner; privilegios correctos con cualquier otro contenido que falla es otra respuesta.',
      where: [WHERE_USER_SEARCH],
      answers: {
        yes: 'Sí — el eBook ©2014 o el practice partner',
        yes_other_content: 'Privilegios correctos, pero otro contenido no se abre',
        no: 'No — los privilegios no corresponden al curso',
      },
    },
  },
  outcomes: {
    refer_sales_new_integration: {
      title: 'Escuela sin Clever interesada en una integración de Clever: remitir a Ventas',
      agentActions: ['Remita el interés en configurar una integración de Clever a {{role.role_sales}}.'],
      customerGuidance:
        'Gracias por su interés en usar Clever con VHL Central. Su escuela todavía no tiene configurada una integración de Clever, así que he pasado su solicitud a nuestro equipo de ventas, que se pondrá en contacto con usted para configurarla.',
      collect: {
        school_name: { label: 'Nombre de la escuela' },
        district_name: { ...DISTRICT_NAME_IF_ANY, label: 'Nombre del distrito' },
      },
    },
    escalate_integration_status: {
      title: 'La escuela no está en un distrito con Clever: escalar a Tier 2 para confirmar el estado de la integración',
      agentActions: [
        'Es posible que el distrito no haya completado su integración con Clever o que VHL aún no la haya aprobado.',
        'Escale a Tier 2 para que confirme el estado de la integración de Clever del distrito.',
        'También puede remitir a los profesores al administrador de Clever del distrito, a los estudiantes a su profesor y a los administradores a {{role.role_sales}}.',
      ],
      customerGuidance:
        'Gracias por su paciencia. Parece que la integración de Clever de su distrito con VHL Central todavía no está completa, así que he pedido a nuestro equipo que confirme su estado. Mientras tanto, si es profesor, el administrador de Clever de su distrito puede darle más información sobre la integración; si es estudiante, consulte a su profesor; si es administrador, su representante de ventas de VHL puede decirle en qué punto está la integración.',
      collect: {
        school_name: { label: 'Nombre de la escuela (confirmado con el usuario)' },
        district_name: DISTRICT_NAME_IF_ANY,
      },
    },
    clever_login_triage: {
      title: 'Problema con la parte de Clever del inicio de sesión: Clever Login Triage, o las instrucciones de inicio de sesión del distrito',
      agentActions: [
        'Revise el documento Clever Login Triage para determinar el tipo de problema de inicio de sesión y resuélvalo con sus pasos ({{link.link_clever_login_triage}}).',
        'Si el cliente solo necesita saber cómo iniciar sesión, envíe a los usuarios que no saben cómo ni dónde hacerlo las instrucciones de inicio de sesión de su distrito, enlazadas en {{link.link_clever_overview}}.',
      ],
      customerGuidance:
        'Parece que el problema está en la parte de Clever del inicio de sesión, antes de llegar a VHL Central. Su distrito entra en VHL Central a través de Clever; estas son las instrucciones de inicio de sesión de su distrito: [pegue aquí las instrucciones de inicio de sesión del distrito]. Si no lo resuelven, el centro de ayuda de Clever ({{link.link_clever_support_center}}) tiene ayuda paso a paso para iniciar sesión, y con gusto le guiaremos.',
      handoff: 'Clever Login Triage (artículo del soporte de Clever)',
    },
    escalate_school_district_association: {
      title: 'VHL no reconoce la escuela: escalar la asociación escuela-distrito a Tier 2',
      agentActions: [
        'Lo más probable es que el problema esté en la asociación escuela-distrito de VHL.',
        'Anote en el ticket los nombres de la escuela y del distrito, sus ID de Salesforce y sus ID de Clever.',
        'Escale a Tier 2 para que se notifique a {{role.role_association_owner}} mediante Jira.',
      ],
      customerGuidance:
        'Gracias por avisarnos. Parece que su escuela todavía no está conectada a su distrito en VHL Central, y por eso ve este mensaje. He pasado los datos a nuestro equipo para que actualice la conexión, y le avisaremos en cuanto esté resuelto.',
      collect: ASSOCIATION_FIELDS,
    },
    create_account_via_clever: {
      title: 'Aún no tiene cuenta de VHL Central: iniciar sesión a través de Clever para crearla',
      agentActions: [
        'El usuario debe iniciar sesión en su SIS o portal (a través de Clever) y hacer clic en el icono o enlace de VHL Central / Vista Higher Learning que configuró el administrador de Clever del distrito, para entrar en VHL Central y empezar a crear la cuenta.',
        'Puede que tenga que darle al usuario el enlace del portal o el de inicio de sesión instantáneo: los dos están en {{link.link_clever_overview}}.',
        LOGIN_VIA_CLEVER_FALLBACK,
      ],
      customerGuidance:
        'Para crear su cuenta de VHL Central, inicie sesión en el portal de su escuela (a través de Clever) y haga clic en el icono de VHL Central / Vista Higher Learning que configuró su distrito. Eso le lleva a VHL Central, donde se crea su cuenta. Si no funciona o no conoce sus datos de acceso al portal, el contacto de soporte de su distrito o Clever Support ({{link.link_clever_support_center}}) pueden ayudarle (estudiantes: consulten a su profesor).',
    },
    non_clever_account: {
      title: 'Cuenta que no es de Clever: iniciar sesión en VHL Central a través de Clever',
      agentActions: [
        'El usuario está entrando con una cuenta que no es de Clever. Las cuentas que no son de Clever no pueden matricularse en cursos de una escuela con Clever.',
        'Indique al usuario que entre en VHL Central o en su programa de idiomas de VHL a través de su SIS o portal (con Clever).',
        'Si no sabe cómo hacerlo, dele la URL de su portal o el enlace de inicio de sesión instantáneo, que están en {{link.link_clever_overview}}, para que lo intente.',
        LOGIN_VIA_CLEVER_FALLBACK,
        COURSES_CANNOT_TRANSFER,
      ],
      customerGuidance:
        'La cuenta que está usando no está conectada a Clever, y en una escuela con Clever solo las cuentas de Clever pueden matricularse en cursos. Inicie sesión en VHL Central desde el portal de su escuela (Clever): [pegue aquí la URL del portal o el enlace de inicio de sesión instantáneo]. Si no funciona o no conoce sus datos de acceso al portal, el contacto de soporte de su distrito o Clever Support ({{link.link_clever_support_center}}) pueden ayudarle (estudiantes: consulten a su profesor). Profesores: los cursos creados en una cuenta que no es de Clever no se pueden trasladar, así que hay que crearlos de nuevo en su cuenta de Clever.',
    },
    course_at_wrong_school: {
      title: 'Curso creado en la escuela equivocada: volver a crearlo en la cuenta asociada a Clever',
      agentActions: [
        'El curso está creado en una escuela incorrecta, así que el profesor no usó su cuenta asociada a Clever para crear los cursos.',
        COURSES_CANNOT_TRANSFER,
      ],
      customerGuidance:
        'Su curso se creó desde una cuenta que no está conectada a Clever, y por eso aparece en otra escuela. Los cursos no se pueden trasladar entre cuentas, así que inicie sesión desde el portal de su escuela (Clever) y vuelva a crear el curso allí; sus estudiantes lo encontrarán entonces en la escuela correcta.',
    },
    create_course_in_clever_account: {
      title: 'El curso no está en la cuenta asociada a Clever: crearlo después de iniciar sesión a través de Clever',
      agentActions: [
        'Compruébelo con el ID de usuario de la cuenta del profesor (debería ser una serie larga de números y letras).',
        'Indique al profesor que cree el curso después de iniciar sesión en VHL Central a través del SIS o portal de su distrito (con Clever).',
      ],
      customerGuidance:
        'Inicie sesión en VHL Central desde el portal de su distrito (Clever) y cree el curso desde allí. Los cursos creados así quedan conectados a su cuenta de Clever, de modo que sus estudiantes pueden encontrarlos y matricularse.',
    },
    sso_enrollment_error: {
      title: 'SSO: el estudiante no puede ver el curso, matricularse ni entrar en él: escalar a Tier 2',
      agentActions: ['Reproduzca el problema, haga capturas de pantalla y adjúntelas al ticket de Zendesk.', 'Escale a Tier 2.'],
      customerGuidance:
        'Gracias por los detalles. He revisado el problema de matrícula y se lo he pasado, con capturas de pantalla, a nuestro equipo especializado. Le responderemos en cuanto tengamos novedades. Mientras tanto, no cree una cuenta nueva.',
      collect: {
        ...USER_CLEVER_ID_FIELD,
        replication: { label: 'Qué hizo para reproducirlo y qué vio el estudiante' },
        screenshots_attached: { label: 'Capturas de pantalla adjuntas al ticket' },
      },
      warnings: ['NO intente desactivar la cuenta ni volver a crearla en VHL Central.'],
    },
    rostering_wait_for_sync: {
      title: 'Rostering: estudiante vinculado hace menos de 24 horas: esperar a que termine la sincronización',
      agentActions: [ROSTERING_CONFIRM_DATES, ROSTERING_SYNC_TAKES_24_HOURS],
      customerGuidance:
        'Gracias por revisar esas fechas. La sincronización entre Clever y los cursos vinculados de VHL Central puede tardar hasta 24 horas en completarse, así que el estudiante debería aparecer en el curso cuando termine. Si 24 horas después de añadirlo o de vincular las secciones todavía no aparece, responda a este mensaje y lo revisaremos con más detalle.',
      collect: ROSTERING_DATES,
    },
    rostering_sync_escalate: {
      title: 'Rostering: el estudiante sigue sin aparecer más de 24 horas después de vincularlo: escalar a Tier 2',
      agentActions: [
        ROSTERING_CONFIRM_DATES,
        ROSTERING_SYNC_TAKES_24_HOURS,
        'Los cambios o la vinculación se hicieron hace más de 24 horas: escale a Tier 2 con los datos de los estudiantes, el profesor y los cursos en VHL Central y en Clever.',
        'Tier 2: revise la lista de estudiantes de la sección vinculada del profesor en el panel de Clever.',
        'Tier 2: si los estudiantes figuran en la sección de Clever pero no en la sección de VHL (o no tienen perfil de VHL Central en User Search), escale a un supervisor ({{role.role_tier2_supervisors}}).',
      ],
      customerGuidance:
        'Gracias por las fechas. Como han pasado más de 24 horas desde que se añadió al estudiante y se vincularon las secciones, la sincronización ya debería haberse completado, así que he pasado el caso a nuestro equipo especializado para que lo investigue. Le informaremos en cuanto sepamos más.',
      collect: { ...ROSTERING_DATES, ...USER_CLEVER_ID_FIELD, ...TEACHER_AND_COURSES_FIELD },
    },
    clever_content_limitation: {
      title: 'eBook ©2014 o practice partner no disponibles: limitación conocida de las integraciones de Clever',
      agentActions: [
        'Que estudiantes y profesores no puedan acceder al eBook ©2014 ni al practice partner es una limitación conocida de las integraciones de Clever. Todos los distritos conocían esta limitación antes de que VHL aprobara la integración.',
        'Remita a los profesores a su administrador de Clever y a los estudiantes a su profesor.',
      ],
      customerGuidance:
        'Gracias por su paciencia. El eBook ©2014 y el practice partner no están disponibles con las integraciones de Clever; es una limitación conocida que se comunicó a los distritos antes de aprobar su integración. Profesores: el administrador de Clever de su distrito puede darles más información. Estudiantes: consulten a su profesor.',
    },
    escalate_other_content: {
      title: 'Privilegios correctos, pero otro contenido no está accesible: escalar a Tier 2',
      agentActions: [
        'Anote qué contenido no se puede abrir y en qué curso está.',
        'Escale a Tier 2 con los datos del contenido y del curso.',
      ],
      customerGuidance:
        'Gracias por los detalles. He pasado el contenido que no puede abrir, y su curso, a nuestro equipo especializado para que lo investigue, y le informaremos en cuanto sepamos más.',
      collect: {
        ...USER_CLEVER_ID_FIELD,
        content: { label: 'El contenido al que no se puede acceder' },
        course: { label: 'El curso del profesor (nombre y libro)' },
      },
    },
    site_license_issue: {
      title: 'Los privilegios no corresponden al curso: solución de problemas de la licencia del centro',
      agentActions: [
        'Es un problema de licencia del centro (site license).',
        'Revise la guía de problemas de licencia del centro para decidir los siguientes pasos cuando el acceso del curso del profesor no corresponde a los paquetes de licencia del distrito o la escuela: consulte {{link.link_site_license_troubleshooting}}.',
      ],
      customerGuidance:
        'Gracias por su paciencia. El acceso de su cuenta no corresponde a lo que exige el curso, lo que apunta a la licencia de su escuela y no a Clever. Estoy revisando ahora el paquete de licencias de su escuela y le escribiré con los siguientes pasos.',
      handoff: 'Solución de problemas de la licencia del centro (site license)',
    },
  },
};
