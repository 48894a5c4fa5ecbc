import type { NoteWords } from './planWrite';
import type { ReadingCode } from './snapshot';
import type { FillWords } from './treeText';

/**
 * The app's own sentences around the procedures in Spanish: how `fill` words what the settings hold,
 * the evidence's readings and the note's sentences. With the procedures' Spanish (src/trees/es/) it
 * is loaded only for Spanish; the sidebar's `evidence.*` strings in es.json say the same readings
 * (a test keeps them equal).
 */

export const SPANISH_FILL_WORDS: FillWords = {
  links: {
    link_clever_overview: 'el artículo Clever Overview and District Information',
    link_districts_using_clever: 'la lista Districts Using Clever',
    link_clever_login_triage: 'el artículo Clever Login Triage',
    link_clever_support_center: 'el Clever Enterprise Support Center',
    link_user_search: 'la búsqueda de usuarios de Support Tools',
    link_site_license_troubleshooting: 'el artículo de solución de problemas de licencias del centro',
    link_clever_ticket_sharing: 'el adjunto Clever_Ticket Sharing Process',
    link_clever_sharing_settings: 'la ayuda de Clever sobre la configuración de uso compartido',
  },
  or: ' o ',
  then: ', y después ',
};

export const SPANISH_READINGS: Readonly<Record<ReadingCode, string>> = {
  noOrg: 'el ticket no tiene organización',
  noParent: 'sin cuenta principal',
  parent: 'la escuela pertenece a esta cuenta principal (distrito)',
  notADistrict: 'no nombra ningún distrito (un sí/no, un cero o un marcador), así que cuenta como vacío: corrija este campo de la organización',
  noParentId: 'sin ID de cuenta principal',
  parentId: 'el distrito tiene este ID de cuenta principal',
  noLms: 'sin valor de LMS',
  sso: 'nombra la integración Clever SSO',
  rostering: 'nombra la integración Clever Rostering',
  both: 'nombra Clever SSO y Clever Rostering, así que el tipo de integración no está claro',
  clever: 'menciona Clever pero no qué integración',
  none: 'no menciona ninguna integración de Clever',
  oldYear: 'un año académico anterior al actual ({current}): compruebe que el distrito sigue activo',
  parentNotClever: 'los campos no coinciden: hay cuenta principal pero el campo LMS no menciona Clever; revise la escuela en Support Tools',
  cleverNoParent: 'los campos no coinciden: el campo LMS o las etiquetas nombran Clever pero no hay cuenta principal; revise la escuela en Support Tools',
};

export const SPANISH_NOTE_WORDS: NoteWords = {
  fill: SPANISH_FILL_WORDS,
  readings: SPANISH_READINGS,
  noYear: 'no figura en el campo LMS',
  stale: 'ANTIGUO: anterior al año académico actual; compruebe que el distrito sigue activo',
  conflict: 'Parent Account y LMS no coinciden; el agente respondió lo que habrían dicho los datos',
};
