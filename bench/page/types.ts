/**
 * What the bench's in-page instrument (bench/page/instrument.ts) is told and what it records.
 * Shared by the page code and the Node side that reads it back.
 */

/**
 * What "visible" means for one run: an element with this ARIA role (and accessible name, when
 * given), shown in the frame's viewport and answerable.
 */
export interface VisibleTarget {
  role: 'region' | 'button';
  /** Absent for the walk's question, whose wording depends on what the data answered. */
  name?: string;
  /** Narrows the role's elements, e.g. `section[data-node]` (a question of the walk). */
  selector?: string;
}

/** What the instrument watches for: the target, then (optionally) after the next click, a second one. */
export interface Watch {
  target: VisibleTarget;
  afterClick?: VisibleTarget;
}

export interface AppFrameRecord {
  /** ms from the iframe's navigation (its time origin) to the frame that first paints the target. */
  visibleMs: number | null;
  /** The same moment in ms since the epoch, to compare with the host page's clock. */
  visibleAt: number | null;
  /** When the first click after that reached the page (ms from the time origin). */
  clickMs: number | null;
  /** The frame that first paints `afterClick`'s target, after that click (ms from the time origin). */
  afterClickMs: number | null;
}

/** One line the host page added to its ZAF message log (#zaf-log), and when. */
export interface ZafLogEntry {
  at: number;
  text: string;
}

export interface HostRecord {
  zafLog: ZafLogEntry[];
}

/** The one global the instrument reads its Watch from (set by a script that runs just before it). */
export const TARGET_GLOBAL = '__benchTarget';
export const RECORD_GLOBAL = '__bench';
