/**
 * What one finished walk writes to the ticket: made by `planWrite` (pure), applied by
 * `src/zendesk/writer.ts` as one ticket update.
 */
export interface WritePlan {
  /** The session's reference id, written in the note, so a retry can see the note already landed. */
  refId: string;
  /** The exact internal-note text (plain text: Zendesk's `body`). Always written with `public: false`. */
  note: string;
  /** Tags to add; the ticket's other tags are kept. Lowercase `[a-z0-9_]`, prefix from settings. */
  tags: string[];
  /** Tags to remove (e.g. `clever_escalated_tier2` when Tier 2 returns the ticket). */
  removeTags: string[];
  /** Group to assign (Tier 2 on escalations, Tier 1 on returns), when the setting is filled in. */
  groupId: number | null;
  /**
   * The assignee that goes with a group change (assignee.ts): null leaves it as it is, `{id: null}`
   * clears it, `{id}` assigns that agent. Zendesk refuses a group whose members do not include the assignee.
   */
  assignee: { id: number | null } | null;
  /** The optional outcome custom field. */
  outcomeField: { id: number; value: string } | null;
  /** Link the ticket to this problem ticket as an incident (`type: incident`, `problem_id`); absent: the type stays. */
  problemId?: number;
}
