import { writeBlocker } from '../../src/zendesk/writable';

describe('whether a ticket can take the note, known before the agent starts', () => {
  it('an open ticket can', () => {
    expect(writeBlocker({ ticketId: 101, status: 'open' })).toBeNull();
    expect(writeBlocker({ ticketId: 101, status: 'solved' })).toBeNull();
  });

  it('a closed ticket cannot: the agent is told to make a follow-up', () => {
    expect(writeBlocker({ ticketId: 108, status: 'closed' })).toEqual({ reason: 'closed', message: expect.stringMatching(/closed.*follow-up/) });
  });

  it('a new ticket, not saved yet, cannot: it has no id to write to', () => {
    expect(writeBlocker({ ticketId: null, status: 'new' })).toEqual({ reason: 'new_ticket', message: expect.stringMatching(/not saved yet/) });
  });

  it('a status that could not be read does not block: the write reads it again', () => {
    expect(writeBlocker({ ticketId: 101, status: '' })).toBeNull();
  });
});
