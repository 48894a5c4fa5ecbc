import type { FieldText, OutcomeText } from '../../triage/tree';
import type { Tier2Text } from '../tier2';
import {
  ASSOCIATION_FIELDS,
  ROSTERING_DATES,
  TEACHER_AND_COURSES_FIELD,
  USER_CLEVER_ID_FIELD,
  WHERE_CLEVER_DASHBOARD,
  WHERE_DISTRICTS_USING_CLEVER,
  WHERE_USER_SEARCH,
  yesNo,
} from './common';
import { PROCEDURE_TITLES_ES } from './titles';

/** The Spanish of src/trees/tier2.ts, node by node and outcome by outcome. */

const SUPERVISORS_IN_ORDER =
  'los supervisores de Tier 2, en este orden, cada uno cuando los anteriores no estén disponibles: {{role.role_tier2_supervisors}}';

const TICKET_SHARING_NOTE =
  'Si el problema tiene que resolverlo Clever, los supervisores de Tier 2 ({{role.role_tier2_supervisors}}) pueden consultar {{link.link_clever_ticket_sharing}}: la nota sobre cómo gestionar en Zendesk los tickets compartidos, para Tier 2.';

const MARK_QUESTION = {
  question: '¿Hay que marcarlo como escalado de Tier 1 devuelto (y revisarlo con el agente)?',
  check: 'Si hace falta, escale a {{role.role_returned_escalations}} para que lo marque como escalado de Tier 1 devuelto y lo revise con el agente.',
  where: [],
  answers: yesNo(),
};

const USER_IDENTIFIER_FIELD: Record<'user_identifier', FieldText> = {
  user_identifier: {
    label: 'ID de Clever del usuario, o su nombre de usuario de VHL Central si no tiene ID de Clever',
    help: 'Nunca escriba el nombre de un estudiante.',
  },
};

const SCHOOL_AND_DISTRICT: Record<string, FieldText> = {
  school_name: { label: 'Nombre de la escuela' },
  district_name: { label: 'Nombre del distrito' },
};

const DASHBOARD_LOOKUP_BY_FIELD: Record<'dashboard_lookup_by', FieldText> = {
  dashboard_lookup_by: { label: 'Quién consultó la información del distrito en el panel de Clever (paso 2 de Tier 2)' },
};

/** The procedures a return goes back to, by their own titles. */
const PROCEDURE_TITLE = { access: PROCEDURE_TITLES_ES.access, transfers: PROCEDURE_TITLES_ES.transfers };

function returnedText(origin: 'access' | 'transfers', marked: boolean): OutcomeText {
  return {
    title: `La información de Tier 1 no es correcta: actualizarla y repetir los pasos de ${origin === 'access' ? 'acceso' : 'traslado'}${marked ? '; marcar como escalado de Tier 1 devuelto' : ''}`,
    agentActions: [
      'Actualice la información recopilada durante la solución del problema.',
      'Repita los pasos de solución del problema.',
      ...(marked ? ['Escale a {{role.role_returned_escalations}} para que lo marque como escalado de Tier 1 devuelto y lo revise con el agente.'] : []),
    ],
    customerGuidance: null,
    collect: { ...DASHBOARD_LOOKUP_BY_FIELD, corrections: { label: 'Qué no era correcto, y la información corregida' } },
    handoff: PROCEDURE_TITLE[origin],
  };
}

export const tier2Es: Tier2Text = {
  title: PROCEDURE_TITLES_ES.tier2,
  nodes: {
    'tier2.1': {
      question: '¿Está la integración del distrito aprobada, lanzada y activa?',
      check:
        'Revise la lista Districts Using Clever o las escuelas asociadas enlazadas en los datos de la cuenta del usuario en VHL Central Support Tools. ' +
        'La lista muestra si la solicitud de integración del distrito se aprobó y si ya se lanzó: No significa que no está aprobada; aprobada pero sin lanzar o sin activar es otra respuesta.',
      where: [WHERE_DISTRICTS_USING_CLEVER, WHERE_USER_SEARCH],
      answers: {
        yes: 'Sí — aprobada, lanzada y activa',
        no: 'No — no está aprobada',
        no_not_live: 'Aprobada, pero sin lanzar o sin activar',
      },
    },
    'tier2.2': {
      question: '¿Aparece el profesor, el estudiante o la escuela en la información del distrito del panel de Clever?',
      check: `Consulte la información del distrito en el panel de Clever. Para ello hay que escalar a ${SUPERVISORS_IN_ORDER}.`,
      where: [WHERE_CLEVER_DASHBOARD, 'Clever_Ticket Sharing Process (grupo TS Supervisor)'],
      answers: { ...yesNo(), needs_supervisor: 'Aún no se ha consultado: escalar la consulta a un supervisor' },
      notes: [TICKET_SHARING_NOTE],
    },
    'tier2.3': {
      question: '¿Es correcta la información recopilada en la solución de problemas de Tier 1?',
      check:
        'Compare la nota de Tier 1 (los pasos, las respuestas y los datos recopilados) con Support Tools y el panel de Clever. ' +
        'Para estudiantes que faltan en un curso vinculado (Rostering, paso 7b de acceso), revise la lista de estudiantes de la sección vinculada del profesor en el panel de Clever: ' +
        'estudiantes que figuran en la sección de Clever pero no en la sección de VHL (o sin perfil de VHL Central en User Search) es otra respuesta, un escalado a supervisor.',
      where: [WHERE_USER_SEARCH, WHERE_CLEVER_DASHBOARD],
      answers: {
        ...yesNo(),
        accurate_rostering_missing_in_vhl:
          'Correcta, y los estudiantes están en la sección de Clever vinculada del profesor pero no en la sección de VHL (Rostering)',
      },
    },
    'tier2.3.origin': {
      question: '¿De qué procedimiento de Tier 1 viene el escalado?',
      check: 'La nota de Tier 1 nombra su procedimiento en la primera línea: los pasos de solución se repiten desde ese procedimiento.',
      where: [],
      answers: PROCEDURE_TITLE,
    },
    'tier2.3.mark_access': MARK_QUESTION,
    'tier2.3.mark_transfers': MARK_QUESTION,
  },
  outcomes: {
    dashboard_lookup_escalate_supervisor: {
      title: 'Consulta en el panel de Clever: escalar a un supervisor',
      agentActions: [
        `Saber si el profesor, el estudiante o la escuela aparece en la información del distrito del panel de Clever requiere escalar a ${SUPERVISORS_IN_ORDER}.`,
        'Indique al supervisor a quién se refiere el ticket, la escuela y el distrito, para que los busque en la información del distrito; el recorrido sigue desde el paso 2 con su respuesta.',
      ],
      customerGuidance:
        'Gracias por su paciencia. He pasado su consulta a un miembro sénior de nuestro equipo, que revisará la información de su distrito en Clever. Le informaremos en cuanto sepamos más.',
      collect: {
        ...USER_IDENTIFIER_FIELD,
        ...SCHOOL_AND_DISTRICT,
        lookup_question: { label: 'Qué hay que consultar: el profesor o estudiante, la escuela, o ambos' },
      },
    },
    refer_sales_integration_request: {
      title: 'Integración no aprobada: remitir a Ventas para conocer el estado de la solicitud',
      agentActions: ['La integración del distrito no está aprobada: remita a {{role.role_sales}} para conocer el estado de la solicitud.'],
      customerGuidance:
        'Gracias por su paciencia. La integración de Clever de su distrito con VHL Central todavía no se ha aprobado. Nuestro equipo de ventas sigue la solicitud de su distrito y puede decirle en qué punto está; ya le he pasado su consulta.',
    },
    refer_district_admin_not_live: {
      title: 'Integración sin lanzar o sin activar: remitir al administrador de Clever del distrito',
      agentActions: ['La integración del distrito no está lanzada ni activa: remita al usuario al administrador de Clever del distrito.'],
      customerGuidance:
        'Gracias por su paciencia. La integración de Clever de su distrito con VHL Central todavía no está activa. El administrador de Clever de su distrito puede decirle cuándo se lanzará; a partir de entonces podrá iniciar sesión a través de Clever.',
    },
    not_in_district_data: {
      title: 'No figura en los datos de Clever del distrito: remitir al administrador de Clever del distrito',
      agentActions: [
        'El profesor o el estudiante no está incluido en los datos del distrito.',
        'Indique al usuario que contacte con el administrador de Clever o el contacto de soporte de su distrito para que lo añadan a Clever.',
        'Si la escuela secundaria no figura en el panel de Clever, el administrador tendrá que añadirla y avisar a VHL cuando termine, para que VHL actualice la asociación del distrito e incluya esta escuela ({{role.role_association_owner}}).',
        'Cuando se complete ese proceso, los usuarios deberían poder iniciar sesión en su SIS o portal (a través de Clever) y hacer clic en el icono o enlace de VHL Central / Vista Higher Learning que configuró el administrador de Clever del distrito para entrar en VHL Central y empezar a crear la cuenta.',
        TICKET_SHARING_NOTE,
      ],
      customerGuidance:
        'Hemos revisado la información de su distrito en Clever y usted todavía no figura en ella; por eso no puede entrar. Póngase en contacto con el administrador de Clever o el contacto de soporte de su distrito y pida que le añadan a Clever. Si su escuela tampoco está todavía en Clever, su administrador tendrá que añadirla y avisarnos, para que podamos conectar la escuela con su distrito en VHL Central. Después, inicie sesión desde el portal de su escuela (Clever) y haga clic en el icono de VHL Central / Vista Higher Learning para crear su cuenta.',
      collect: {
        ...DASHBOARD_LOOKUP_BY_FIELD,
        ...USER_IDENTIFIER_FIELD,
        ...SCHOOL_AND_DISTRICT,
        school_in_clever: { label: '¿Figura la escuela en el panel de Clever?' },
      },
    },
    escalate_via_jira: {
      title: 'La información de Tier 1 es correcta: escalar con una incidencia de Jira (Tech Dev, o el responsable de las asociaciones)',
      agentActions: [
        'Escale a {{role.role_techdev}} o, para actualizar asociaciones entre escuelas y distritos, a {{role.role_association_owner}}, mediante una incidencia de Jira.',
        'Para actualizar una asociación, indique los nombres de la escuela y del distrito, sus ID de Salesforce y sus ID de Clever.',
      ],
      customerGuidance:
        'Gracias por su paciencia. Hemos confirmado los datos y hemos pasado el problema al equipo que puede solucionarlo. Le informaremos en cuanto tengamos su respuesta.',
      collect: {
        ...DASHBOARD_LOOKUP_BY_FIELD,
        jira_recipient: {
          label: 'A quién va la incidencia de Jira',
          choices: { techdev: 'Tech Dev', association_owner: 'El responsable de las asociaciones: actualizar asociaciones entre escuelas y distritos' },
        },
        jira_summary: { label: 'Qué hay que corregir, en un párrafo' },
        ...Object.fromEntries(
          Object.entries(ASSOCIATION_FIELDS).map(([id, f]) => [id, { ...f, help: 'Obligatorio para actualizar una asociación entre escuela y distrito.' }]),
        ),
      },
    },
    rostering_escalate_supervisor: {
      title: 'Rostering: estudiantes en la sección de Clever vinculada pero no en la sección de VHL: escalar a un supervisor',
      agentActions: [
        'Revise la lista de estudiantes de la sección vinculada del profesor en el panel de Clever: los estudiantes figuran en la sección de Clever, pero no en la sección de VHL (o no tienen perfil de VHL Central en User Search).',
        `Escale a un supervisor: ${SUPERVISORS_IN_ORDER}.`,
        'Dé al supervisor el ID de Clever del usuario (nunca el nombre de un estudiante), la sección de Clever vinculada del profesor y el curso de VHL Central, cuándo se añadió al estudiante a la sección y cuándo se vincularon las secciones.',
      ],
      customerGuidance:
        'Gracias por su paciencia. Hemos confirmado que el estudiante está en su sección de Clever vinculada pero no ha llegado al curso de VHL Central, así que he pasado el caso a un miembro sénior de nuestro equipo para que lo resuelva. Le informaremos en cuanto sepamos más.',
      collect: {
        ...DASHBOARD_LOOKUP_BY_FIELD,
        ...USER_CLEVER_ID_FIELD,
        ...TEACHER_AND_COURSES_FIELD,
        ...ROSTERING_DATES,
        has_vhl_profile: { label: '¿Tiene el estudiante un perfil de VHL Central en User Search?' },
      },
    },
    returned_to_tier1: returnedText('access', false),
    returned_to_access_marked: returnedText('access', true),
    returned_to_transfers: returnedText('transfers', false),
    returned_to_transfers_marked: returnedText('transfers', true),
  },
};
