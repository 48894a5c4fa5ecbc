import type { TransfersText } from '../transfers';
import {
  INTEGRATION_ANSWERS,
  INTEGRATION_CHECK,
  INTEGRATION_QUESTION,
  USER_CLEVER_ID_FIELD,
  WHERE_DISTRICTS_USING_CLEVER,
  WHERE_ORGANIZATION,
  WHERE_USER_SEARCH,
  yesNo,
} from './common';
import { PROCEDURE_TITLES_ES } from './titles';

/** The Spanish of src/trees/transfers.ts, node by node and outcome by outcome. */

const CONFIRM_CLEVER_PROFILE =
  'Si el administrador aún no lo ha hecho, confirme con el administrador de Clever del distrito que el perfil de Clever del usuario se ha actualizado con la escuela correcta y el curso del profesor correcto (si se usa Rostering).';

const TRANSFER_SCHOOLS = {
  old_school_name: { label: 'Nombre de la escuela anterior' },
  old_school_clever_id: { label: 'ID de Clever de la escuela anterior' },
  old_school_vhl_id: { label: 'ID de VHL de la escuela anterior' },
  new_school_name: { label: 'Nombre de la escuela nueva' },
  new_school_clever_id: { label: 'ID de Clever de la escuela nueva' },
  new_school_vhl_id: { label: 'ID de VHL de la escuela nueva' },
  district_name: { label: 'Nombre del distrito' },
  district_clever_id: { label: 'ID de Clever del distrito' },
  district_vhl_id: { label: 'ID de VHL del distrito' },
};

export const transfersEs: TransfersText = {
  title: PROCEDURE_TITLES_ES.transfers,
  nodes: {
    'transfers.1': {
      question:
        '¿Debería el estudiante estar matriculado en un solo curso en una sola escuela del distrito, pero se trasladó a otra escuela del mismo distrito de Clever desde el inicio del año académico?',
      check: 'Pregunte al administrador o al profesor a qué escuela asiste ahora el estudiante y desde cuándo, y compárelo con la escuela que figura en los datos de la cuenta del estudiante.',
      where: [WHERE_USER_SEARCH],
      answers: yesNo(),
    },
    'transfers.1.clever_profile': {
      question:
        '¿Ha actualizado el administrador de Clever del distrito el perfil de Clever del usuario con la escuela correcta (y con el curso del profesor correcto, si se usa Rostering)?',
      check: CONFIRM_CLEVER_PROFILE,
      where: [],
      answers: yesNo(),
    },
    'transfers.1.integration': {
      question: INTEGRATION_QUESTION,
      check: INTEGRATION_CHECK,
      where: [WHERE_ORGANIZATION, WHERE_USER_SEARCH, WHERE_DISTRICTS_USING_CLEVER],
      answers: INTEGRATION_ANSWERS,
      notes: ['Las integraciones de Clever Rostering están activas desde el otoño de 2017.'],
    },
    'transfers.1.new_school_listed': {
      question: 'Con Clever SSO: ¿figura la escuela nueva en el perfil de usuario de VHL Central?',
      check:
        'La escuela nueva debería aparecer en el perfil de usuario de VHL Central a partir de las correcciones hechas en el perfil de Clever del usuario. ' +
        'Mire las escuelas en Support Tools > datos de la cuenta del usuario > District > lista Other schools in district (haga clic en el nombre de la escuela en los datos de la cuenta del usuario).',
      where: [WHERE_USER_SEARCH],
      answers: yesNo(),
    },
    'transfers.2': {
      question: '¿Necesita el estudiante estar matriculado en cursos simultáneos en una o más escuelas del distrito?',
      check: 'Pregunte al administrador o al profesor si el estudiante asiste a cursos en más de una escuela del distrito al mismo tiempo.',
      where: [],
      answers: yesNo(),
    },
  },
  outcomes: {
    refer_district_admin_update_profile: {
      title: 'Traslado: el perfil de Clever del usuario aún no está actualizado: remitir al administrador de Clever del distrito',
      agentActions: [
        'El perfil de Clever del usuario no se ha actualizado con la escuela nueva (ni con el curso del profesor, con Rostering): VHL Central toma la escuela nueva de ese perfil.',
        'Remita al solicitante al administrador de Clever del distrito para que actualice el perfil de Clever del usuario con la escuela correcta y el curso del profesor correcto (si se usa Rostering); una vez hecho, se aplican los pasos del traslado.',
      ],
      customerGuidance:
        'VHL Central toma la escuela del estudiante de su perfil de Clever, así que el primer paso del traslado se hace en Clever: el administrador de Clever de su distrito debe actualizar el perfil de Clever del estudiante con la escuela nueva (y, con Clever Rostering, con el curso del nuevo profesor). Cuando esté hecho, avísenos y revisaremos la cuenta de VHL Central del estudiante.',
    },
    sso_transfer_change_school: {
      title: 'Traslado con SSO: la escuela nueva figura: enviar las instrucciones para cambiar de escuela y matricularse',
      agentActions: [
        CONFIRM_CLEVER_PROFILE,
        'Confirme que la escuela nueva figura en el perfil de usuario de VHL Central.',
        'Envíe las instrucciones para cambiar de escuela y matricularse en un curso nuevo.',
      ],
      customerGuidance:
        'La escuela nueva del estudiante ya aparece en su perfil de VHL Central. Para completar el cambio, el estudiante debe cambiar su escuela en VHL Central y después matricularse en el curso del nuevo profesor: [pegue aquí las instrucciones para cambiar de escuela y matricularse].',
    },
    sso_transfer_escalate: {
      title: 'Traslado con SSO: la escuela nueva no está en el perfil de VHL Central: escalar a Tier 2',
      agentActions: [
        CONFIRM_CLEVER_PROFILE,
        'Anote en las notas internas de Zendesk los datos de la cuenta de VHL Central del estudiante y los de la escuela anterior, la escuela nueva y el distrito (ID de Clever, ID de VHL), tal como aparecen en Support Tools > datos de la cuenta del usuario > District > lista Other schools in district (haga clic en el nombre de la escuela en los datos de la cuenta del usuario).',
        'Escale a Tier 2.',
      ],
      customerGuidance:
        'Gracias por confirmar el traslado. El perfil de VHL Central del estudiante todavía no muestra la escuela nueva, así que he pasado los datos a nuestro equipo especializado para que lo revise. Le informaremos en cuanto sepamos más.',
      collect: { ...USER_CLEVER_ID_FIELD, ...TRANSFER_SCHOOLS },
    },
    rostering_transfer_wait_overnight: {
      title: 'Traslado con Rostering: confirmar que el curso del nuevo profesor está vinculado; la matrícula se actualiza durante la noche',
      agentActions: [
        CONFIRM_CLEVER_PROFILE,
        'El estudiante quedará matriculado automáticamente en el curso del profesor correcto siempre que ese curso esté vinculado. Confirme que el curso del nuevo profesor está vinculado a su sección de Clever.',
        'Si no está vinculado, pida al profesor que vincule el curso a su sección de Clever: la matrícula automática depende de ello.',
        'Los cambios de matrícula en VHL Central se procesan una vez al día, durante la noche. Indique al administrador que revise la cuenta del estudiante al día siguiente (el día después de vincular el curso) y que vuelva a contactarnos si la matrícula no se actualizó.',
      ],
      customerGuidance:
        'Gracias por confirmarlo. El estudiante quedará matriculado automáticamente en el curso del nuevo profesor siempre que ese curso esté vinculado a su sección de Clever; si el profesor aún no lo ha vinculado, pídale que lo haga. Los cambios de matrícula en VHL Central se procesan una vez al día, durante la noche, así que revise la cuenta del estudiante al día siguiente y avísenos si la actualización no se completó.',
    },
    dual_enrollment_workaround: {
      title: 'Matrícula doble: un perfil de Clever por escuela (solución alternativa)',
      agentActions: [
        'Con la integración de Clever no es posible que un estudiante esté matriculado en más de una escuela con la misma cuenta de VHL Central y el mismo ID de Clever. Hay una solución alternativa que el distrito puede usar para que los estudiantes sigan matriculados en más de una escuela.',
        'Solución alternativa: hay que crear un perfil de Clever distinto para cada escuela en la que el estudiante esté matriculado en un curso. El administrador de Clever del distrito debe crear ese perfil de Clever para el estudiante.',
        'Después, el estudiante puede entrar en los cursos de VHL Central con el perfil de Clever que corresponda.',
      ],
      customerGuidance:
        'Con Clever, una cuenta de VHL Central solo puede pertenecer a una escuela, por lo que un estudiante no puede estar matriculado en dos escuelas con la misma cuenta. Su distrito tiene una solución: el administrador de Clever del distrito crea un perfil de Clever distinto para el estudiante en cada escuela donde asiste a un curso. Así, el estudiante entra en el curso de VHL Central de cada escuela con el perfil de Clever de esa escuela.',
    },
    not_transfer_or_dual_enrollment: {
      title: 'Ni traslado ni matrícula doble: tratarlo como un problema de acceso',
      agentActions: ['No es un traslado de escuela ni una matrícula doble: continúe con los pasos de Tier 1 para problemas de acceso.'],
      customerGuidance: null,
      handoff: 'Tier 1: solución de problemas de acceso',
    },
  },
};
