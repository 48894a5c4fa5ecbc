/**
 * The procedures in Spanish, their own chunk (`trees-es`): fetched only when the agent, the
 * requester or the team's notes use Spanish, so an English sidebar never loads it.
 */
export { TREE_TEXT_ES } from '../../trees/es';
export { SPANISH_NOTE_WORDS } from '../../triage/spanish';
