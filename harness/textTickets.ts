import type { SeedTicket } from './zendesk/model';

/**
 * Tickets whose customer's words propose an answer (src/triage/proposals.ts): the description of
 * the first quotes step 2b's message. Its own module, added to the built-in fixtures by fixtures.ts.
 */

export const TEXT_TICKETS = { recognizeMessage: 160 } as const;

/** The sentence the walk should quote at step 2b, exactly as the customer wrote it. */
export const RECOGNIZE_SENTENCE = 'Since Monday my students get the message "! VHL does not recognize your school." right after they log in with Clever.';

export const TEXT_TICKET_SEED: SeedTicket[] = [
  {
    id: TEXT_TICKETS.recognizeMessage,
    label: 'The customer quotes “VHL does not recognize your school”',
    subject: 'Students cannot reach VHL Central',
    status: 'open',
    tags: [],
    group_id: 100,
    assignee_id: 1001,
    organization_id: 501,
    requester_id: 2001,
    custom_fields: [],
    comments: [{ author_id: 2001, public: true, created_at: new Date('2026-11-23T08:00:00Z').toISOString(), body: `Hello. ${RECOGNIZE_SENTENCE} Thank you.` }],
  },
];
