import { checkPacket } from '../../triage/packet';
import type { ReadNote } from '../../triage/readNote';
import type { Outcome } from '../../triage/tree';

/**
 * The Jira issue of a Tech Dev escalation, as text: the summary Tier 2 wrote (or the
 * outcome's title), then Tier 2's fields and Tier 1's packet, labelled. Never a student's
 * name: only what the packets hold, and they hold ids.
 */
export function jiraIssueText(input: {
  ticketId: number;
  outcome: Outcome;
  collected: Readonly<Record<string, string>>;
  tier1: ReadNote | null;
}): { summary: string; description: string } {
  const { ticketId, outcome, collected, tier1 } = input;
  const entries = checkPacket(outcome.collect, collected).entries.filter((e) => e.value !== '');
  const headline = (collected.jira_summary ?? '').trim().split('\n')[0] || outcome.title;
  const lines = [`Zendesk ticket #${ticketId}`, '', ...entries.map((e) => `${e.field.label}: ${e.value}`)];
  if (tier1) {
    lines.push('', `Tier 1 (${tier1.tree} v${tier1.treeVersion}): ${tier1.outcome.title}`);
    lines.push(...tier1.packet.fields.filter((f) => f.value !== null).map((f) => `${f.label}: ${f.value}`));
  }
  return { summary: `Zendesk #${ticketId}: ${headline}`, description: lines.join('\n') };
}
