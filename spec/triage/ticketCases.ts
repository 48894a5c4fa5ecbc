import type { TreeId } from '../../src/triage/tree';

/**
 * Real-looking tickets and what their words should make of them: the procedure suggested, and the
 * answers proposed (none for a sentence that denies, supposes or quotes instructions). Shared by the
 * engine's table (spec/triage/proposals.test.ts) and the CLI's (spec/scripts/triageTicket.test.ts).
 */

export interface TicketCase {
  name: string;
  ticket: { subject?: string; description?: string; tags?: string[]; custom_fields?: { id: number; value: string }[] };
  procedure: TreeId;
  proposals: { node: string; answer: string }[];
}

const NONE: TicketCase['proposals'] = [];
const RECOGNIZE = [{ node: 'access.2b', answer: 'yes' }];
const CLEVER_LOGIN = [{ node: 'access.2a', answer: 'yes' }];
const MOVED = [{ node: 'transfers.1', answer: 'yes' }];
const TWO_SCHOOLS = [
  { node: 'transfers.1', answer: 'no' },
  { node: 'transfers.2', answer: 'yes' },
];
const status = (answer: string) => [{ node: 'sync.status', answer }];

const LOREM = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
/** A 64 KB description whose one telling sentence comes last. */
const LONG = `${LOREM.repeat(Math.floor((65_536 - 200) / LOREM.length))}Students get VHL does not recognize your school.`;

export const TICKET_CASES: readonly TicketCase[] = [
  // Step 2b: the message, however it is quoted or written.
  { name: 'the 2b message in straight quotes', ticket: { subject: 'Clever login', description: 'When my students click the VHL icon in Clever they get "! VHL does not recognize your school." Please help.' }, procedure: 'access', proposals: RECOGNIZE },
  { name: 'the 2b message in curly quotes and capitals', ticket: { description: 'They see the message “VHL DOES NOT RECOGNIZE YOUR SCHOOL” every time.' }, procedure: 'access', proposals: RECOGNIZE },
  { name: 'the 2b message in the subject, contracted and British', ticket: { subject: "Error: VHL doesn't recognise our school" }, procedure: 'access', proposals: RECOGNIZE },
  { name: 'the 2b message inside hostile markup', ticket: { description: '<img src=x onerror=alert(1)> Students see <b>VHL does not recognize your school</b>.' }, procedure: 'access', proposals: RECOGNIZE },
  { name: 'the 2b message at the end of a 64 KB description', ticket: { description: LONG }, procedure: 'access', proposals: RECOGNIZE },
  { name: 'the 2b message in a field the admin named', ticket: { custom_fields: [{ id: 9001, value: 'Students get: VHL does not recognize your school' }] }, procedure: 'access', proposals: RECOGNIZE },
  { name: 'a denied 2b message', ticket: { description: 'I do not see the "VHL does not recognize your school" message, the page is just blank.' }, procedure: 'access', proposals: NONE },
  { name: 'a supposed 2b message', ticket: { description: 'If I get the message VHL does not recognize your school, what should I do?' }, procedure: 'access', proposals: NONE },
  { name: 'the 2b message quoted from instructions', ticket: { description: 'The instructions say to call you when VHL does not recognize your school appears.' }, procedure: 'access', proposals: NONE },
  { name: 'the 2b message only in a quoted e-mail line', ticket: { description: 'Thanks, that fixed it.\n> VHL does not recognize your school' }, procedure: 'access', proposals: NONE },
  // Step 2a: trouble on Clever's own login.
  { name: "students cannot log in to Clever", ticket: { description: "My students can't log in to Clever this morning." }, procedure: 'access', proposals: CLEVER_LOGIN },
  { name: "an error on Clever's login page", ticket: { description: 'The Clever login page shows an error after they type their password.' }, procedure: 'access', proposals: CLEVER_LOGIN },
  { name: 'a forgotten Clever password', ticket: { subject: 'Password', description: 'Our teacher forgot her Clever password.' }, procedure: 'access', proposals: CLEVER_LOGIN },
  { name: 'Clever login works, VHL does not', ticket: { description: 'Logging into Clever works fine, but VHL shows a blank page.' }, procedure: 'access', proposals: NONE },
  { name: 'no trouble with Clever', ticket: { description: 'They have no trouble logging in to Clever.' }, procedure: 'access', proposals: NONE },
  { name: 'trouble reaching VHL through Clever (not Clever’s own login)', ticket: { description: 'Students cannot log in to VHL through Clever.' }, procedure: 'access', proposals: NONE },
  // The transfers procedure's first question.
  { name: 'a student transferred to another school', ticket: { description: 'A student transferred to another school in the district last week.' }, procedure: 'transfers', proposals: MOVED },
  { name: 'a student moved between two named schools', ticket: { description: 'My student moved from Lincoln High School to Maple Middle School in October.' }, procedure: 'transfers', proposals: MOVED },
  { name: 'a student changed schools', ticket: { subject: 'Old course still showing', description: "Our student changed schools and still sees the old teacher's course." }, procedure: 'transfers', proposals: MOVED },
  { name: 'a student in two schools at once', ticket: { description: 'This student is enrolled in two schools at the same time (dual enrollment).' }, procedure: 'transfers', proposals: TWO_SCHOOLS },
  { name: 'a denied transfer still names the procedure, but proposes nothing', ticket: { description: "The student has not transferred to another school; she can't see her course." }, procedure: 'transfers', proposals: NONE },
  { name: 'a transfer and a student in two schools: the text disagrees on step 1', ticket: { description: 'One student transferred to another school. Another student is enrolled in two schools.' }, procedure: 'transfers', proposals: [{ node: 'transfers.2', answer: 'yes' }] },
  // The sync procedure's status question.
  { name: 'the sync report shows errors', ticket: { description: 'The SIS sync report shows errors for Maple Middle.' }, procedure: 'sync', proposals: status('errors') },
  { name: 'the sync is on hold', ticket: { description: 'Our sync is on hold since Monday.' }, procedure: 'sync', proposals: status('on_hold') },
  { name: 'Remind placed the sync on hold', ticket: { description: 'Remind placed our sync on hold.' }, procedure: 'sync', proposals: status('on_hold') },
  { name: 'alerts but no errors', ticket: { description: 'The sync report has 3 alerts but no errors.' }, procedure: 'sync', proposals: status('alerts') },
  { name: 'a report that shows no errors', ticket: { description: 'The sync report does not show any errors.' }, procedure: 'sync', proposals: NONE },
  { name: 'no sync errors', ticket: { description: 'There are no sync errors.' }, procedure: 'sync', proposals: NONE },
  { name: 'a supposed hold', ticket: { description: 'What happens if the sync is on hold?' }, procedure: 'sync', proposals: NONE },
  { name: 'a hold in the subject only', ticket: { subject: 'Sync on hold' }, procedure: 'sync', proposals: status('on_hold') },
  { name: 'a hold and trouble on Clever’s login in one sentence', ticket: { description: "Our sync is on hold, and students can't log in to Clever." }, procedure: 'sync', proposals: [...CLEVER_LOGIN, ...status('on_hold')] },
  // What comes before the words.
  { name: 'an empty ticket', ticket: {}, procedure: 'access', proposals: NONE },
  { name: 'a tag outweighs the words', ticket: { tags: ['school_transfer'], description: 'Our sync is on hold.' }, procedure: 'transfers', proposals: status('on_hold') },
  { name: 'an earlier walk outweighs the words', ticket: { tags: ['clever_tree_access'], description: 'A student transferred to another school.' }, procedure: 'access', proposals: MOVED },
  // Spanish.
  { name: 'es: the 2b message in quotes', ticket: { description: 'Los estudiantes ven el mensaje "VHL no reconoce su escuela".' }, procedure: 'access', proposals: RECOGNIZE },
  { name: 'es: the 2b message shouted', ticket: { description: '¡VHL NO RECONOCE TU ESCUELA! aparece al entrar.' }, procedure: 'access', proposals: RECOGNIZE },
  { name: 'es: a denied 2b message', ticket: { description: 'No veo el mensaje "VHL no reconoce su escuela", solo una página en blanco.' }, procedure: 'access', proposals: NONE },
  { name: 'es: a supposed 2b message', ticket: { description: 'Si aparece "VHL no reconoce su escuela", ¿qué hago?' }, procedure: 'access', proposals: NONE },
  { name: 'es: students cannot sign in to Clever', ticket: { description: 'Mis estudiantes no pueden iniciar sesión en Clever.' }, procedure: 'access', proposals: CLEVER_LOGIN },
  { name: "es: an error on Clever's login page", ticket: { description: 'La página de inicio de sesión de Clever da un error.' }, procedure: 'access', proposals: CLEVER_LOGIN },
  { name: 'es: trouble getting into Clever', ticket: { description: 'Tenemos problemas para entrar a Clever desde ayer.' }, procedure: 'access', proposals: CLEVER_LOGIN },
  { name: 'es: a student moved to another school', ticket: { description: 'El estudiante se cambió a otra escuela del distrito.' }, procedure: 'transfers', proposals: MOVED },
  { name: 'es: a student transferred to a new school', ticket: { description: 'La alumna fue trasladada a una nueva escuela.' }, procedure: 'transfers', proposals: MOVED },
  { name: 'es: a student in two schools', ticket: { description: 'El estudiante está inscrito en dos escuelas a la vez.' }, procedure: 'transfers', proposals: TWO_SCHOOLS },
  { name: 'es: the sync is on hold', ticket: { description: 'La sincronización está en espera desde el lunes.' }, procedure: 'sync', proposals: status('on_hold') },
  { name: 'es: the sync report shows errors', ticket: { description: 'El informe de sincronización muestra errores en Maple.' }, procedure: 'sync', proposals: status('errors') },
  { name: 'es: the sync report shows no errors', ticket: { description: 'El informe de sincronización no muestra errores.' }, procedure: 'sync', proposals: NONE },
  { name: 'es: waiting for a reply is no sync hold', ticket: { description: 'Estamos en espera de su respuesta sobre el curso.' }, procedure: 'access', proposals: NONE },
];
