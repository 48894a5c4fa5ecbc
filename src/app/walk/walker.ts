/**
 * The walk's code, its own chunk: the engine, the four trees, the session's store and reducer,
 * and what shows a session (the walk, the organization folded to a line, its notices, the live
 * changes it follows, a write kept from before a reload, Tier 1's note read back for Tier 2),
 * with the English those screens speak.
 * The first screen (the district and the procedures to choose from) needs none of it;
 * `useWalker` fetches it right after that screen is shown, so choosing a procedure is instant.
 */
export { view } from '../../triage/engine';
export { TREES } from '../../trees';
export { pendingWrites } from '../../zendesk/pendingWrite';
export { default as LATER_ENGLISH } from '../translations/en.later.json';
export { describeChanges } from '../live/describeChanges';
export { withOwnTags } from '../live/ownWrites';
export { Tier2ReadBack, Tier2Returned } from '../tier2';
export { NoteReader } from '../tier2/useTier1Note';
export { Notices } from '../Notices';
export { reduceSafely, resume, toSaved } from './session';
export { sessionStore } from './sessionStore';
export { Announcer } from './Announcer';
export { OrganizationLine } from './OrganizationLine';
export { WalkPanel } from './WalkPanel';
