import type { Settings } from '../../triage/settings';
import type { Classification, TicketSnapshot } from '../../triage/snapshot';
import { suggestProcedure, type ProcedureSuggestion } from '../../triage/suggestProcedure';
import type { Message } from '../shell/i18n/strings';

export interface ProcedureChoice extends Omit<ProcedureSuggestion, 'why'> {
  why: Message;
}

/**
 * Which procedure fits the ticket, and why (src/triage/suggestProcedure.ts), the reason as the
 * sidebar's message `procedure.why.<code>`: every code has one, or this does not compile.
 */
export function chooseProcedure(snapshot: TicketSnapshot, classification: Classification, settings: Settings): ProcedureChoice {
  const { why, ...choice } = suggestProcedure(snapshot, classification, settings);
  return { ...choice, why: { key: `procedure.why.${why.code}`, vars: why.vars } };
}
