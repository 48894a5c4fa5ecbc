import { writeBlocker } from '../../src/zendesk/writable';

describe('whether a ticket can take the note, known before the agent starts', () => {
  it('an open ticket can', () => {
    expect(writeBlocker({ ticketId: 101, status: 'open' }, [])).toBeNull();
    expect(writeBlocker({ ticketId: 101, status: 'solved' }, [])).toBeNull();
  });

  it('a closed ticket cannot: the agent is told to make a follow-up', () => {
    expect(writeBlocker({ ticketId: 108, status: 'closed' }, [])).toEqual({ reason: 'closed' });
  });

  it('a new ticket, not saved yet, cannot: it has no id to write to', () => {
    expect(writeBlocker({ ticketId: null, status: 'new' }, [])).toEqual({ reason: 'new_ticket' });
  });

  it.each([
    { path: 'ticket.id', message: 'expected a ticket id, got a text' },
    { path: 'ticket.id', message: 'Zendesk could not read it: No such property' },
    { path: 'ticket', message: 'Zendesk did not answer: host went away' },
  ])('an id that could not be read ($path) is not a new ticket: the write is blocked with the read problem', (problem) => {
    const other = { path: 'ticket.status', message: 'expected the ticket status, got nothing' };
    expect(writeBlocker({ ticketId: null, status: 'open' }, [other, problem])).toEqual({ reason: 'unreadable_id', message: problem.message });
  });

  it('an id read from elsewhere (the app’s context) writes, whatever the snapshot’s id was', () => {
    expect(writeBlocker({ ticketId: 101, status: 'open' }, [{ path: 'ticket.id', message: 'expected a ticket id, got a text' }])).toBeNull();
  });

  it('a status that could not be read does not block: the write reads it again', () => {
    expect(writeBlocker({ ticketId: 101, status: '' }, [])).toBeNull();
  });
});
