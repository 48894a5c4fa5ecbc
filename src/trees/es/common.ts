import type { FieldText } from '../../triage/tree';

/**
 * The Spanish of src/trees/common.ts, under the same names: a step shared by several trees reads
 * the same in each. Product and screen names stay as the product shows them (VHL Central, Clever,
 * Support Tools, the Zendesk field names); the customer is addressed as usted.
 */

/** The answers of a yes/no question. */
export function yesNo(): Record<'yes' | 'no', string> {
  return { yes: 'Sí', no: 'No' };
}

export const INTEGRATION_QUESTION = '¿Qué integración de Clever usa el distrito?';

export const INTEGRATION_CHECK =
  'Revise el registro de la organización de la escuela en Zendesk: el campo “LMS” dice “Clever SSO District …” o “Clever Rostering District …”. ' +
  'Si no lo dice, revise la escuela que figura en los datos de la cuenta del usuario en VHL Central Support Tools, o la lista Districts Using Clever.';

export const INTEGRATION_ANSWERS: Record<'sso' | 'rostering', string> = {
  sso: 'Inicio de sesión único (Clever SSO)',
  rostering: 'Sincronización de listas (Clever Rostering)',
};

export const WHERE_USER_SEARCH = 'Búsqueda de usuarios de Support Tools (los datos de la cuenta del usuario)';
export const WHERE_ORGANIZATION =
  'El registro de la organización de la escuela en Zendesk: los campos “Parent Account”, “Parent Account ID” y “LMS”';
export const WHERE_DISTRICTS_USING_CLEVER = 'Districts Using Clever (la lista de distritos activos)';
export const WHERE_CLEVER_OVERVIEW =
  'Clever Overview and District Information: Single Sign-On and Rostering (instrucciones de inicio de sesión, URL de los portales, enlaces de inicio de sesión instantáneo, contactos de los distritos)';
export const WHERE_CLEVER_DASHBOARD = 'El panel de Clever (la información del distrito y las secciones vinculadas)';
export const WHERE_MY_ACCOUNT = 'La página My account del usuario en VHL Central (muestra el nombre de usuario)';

export const ASSOCIATION_FIELDS: Record<string, FieldText> = {
  school_name: { label: 'Nombre de la escuela' },
  district_name: { label: 'Nombre del distrito' },
  school_salesforce_id: { label: 'ID de Salesforce de la escuela' },
  district_salesforce_id: { label: 'ID de Salesforce del distrito' },
  school_clever_id: { label: 'ID de Clever de la escuela' },
  district_clever_id: { label: 'ID de Clever del distrito' },
};

export const USER_CLEVER_ID_FIELD: Record<'user_clever_id', FieldText> = {
  user_clever_id: {
    label: 'ID de Clever del usuario',
    help: 'El nombre de usuario de VHL Central de una cuenta de Clever (una serie larga de números y letras). Nunca escriba el nombre de un estudiante.',
  },
};

export const ROSTERING_DATES: Record<string, FieldText> = {
  student_added_to_section_at: { label: 'Cuándo se añadió a los estudiantes a la sección de Clever' },
  sections_linked_at: { label: 'Cuándo se vincularon las secciones' },
  tried_sis_portal_login: { label: '¿Ha intentado el estudiante iniciar sesión en VHL a través del portal del SIS?' },
};

export const TEACHER_AND_COURSES_FIELD: Record<'teacher_and_courses', FieldText> = {
  teacher_and_courses: { label: 'El profesor, el curso de VHL Central y la sección de Clever vinculada' },
};
