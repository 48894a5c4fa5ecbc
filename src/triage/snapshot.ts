import type { DistrictKind } from './tree';

/**
 * What the app knows of a ticket, read once from ZAF (`src/zendesk/readSnapshot.ts`)
 * and handed to the pure domain. Values from Zendesk are kept as `unknown` where an
 * admin's data can hold anything: classification is total over them.
 */

/** The organization as ZAF gives it (`ticket.organization`). */
export interface OrganizationSnapshot {
  id: number | null;
  name: string;
  tags: string[];
  /** Custom organization fields keyed by field key, values as Zendesk holds them. */
  organizationFields: Record<string, unknown>;
}

export interface UserSnapshot {
  id: number;
  name: string;
  role: string;
  locale: string;
  groups: { id: number; name: string }[];
}

export interface TicketSnapshot {
  ticketId: number | null;
  status: string;
  tags: string[];
  requester: { id: number; name: string; email: string | null } | null;
  organization: OrganizationSnapshot | null;
  currentUser: UserSnapshot | null;
  /** ZAF's `ticket.assignee` (`{user, group}`) by id: who decides the assignee on a group change (assignee.ts). */
  assignee: { userId: number | null; groupId: number | null };
}

/** One field and value the classification used, shown to the agent and written in the note. */
export type Evidence = {
  /** The field key, `tags`, or `organization`. */
  field: string;
  /** What it held, as text (cut to a readable length). */
  value: string;
} & (
  | {
      /**
       * What it says, as a code with its values: the sidebar says it in the agent's language,
       * `readingText` (src/triage/evidenceText.ts) in English for the note and the CLI.
       */
      code: ReadingCode;
      vars?: Readonly<Record<string, string>>;
    }
  /** What it says in English words: only in walks saved before the codes existed. */
  | { reading: string }
);

/**
 * The readings classify() gives: the integration an LMS value or tags name (`sso` … `none`),
 * an empty or a filled field, an old academic year, fields that disagree. classify() gives every
 * piece of evidence one; a walk saved before the codes existed has its English `reading` instead.
 */
export const READING_CODES = [
  'noOrg',
  'noParent',
  'parent',
  'notADistrict',
  'noParentId',
  'parentId',
  'noLms',
  'sso',
  'rostering',
  'both',
  'clever',
  'none',
  'oldYear',
  'parentNotClever',
  'cleverNoParent',
] as const;
export type ReadingCode = (typeof READING_CODES)[number];

export interface Classification {
  kind: DistrictKind;
  /** The academic year written in the LMS value, e.g. "2017-2018", or null. */
  academicYear: string | null;
  /** The academic year is older than the current one (1 July – 30 June). */
  stale: boolean;
  /** Parent Account and LMS disagree (e.g. an LMS saying Clever with no parent account). */
  conflict: boolean;
  evidence: Evidence[];
}
