import type { WriteBlock } from '../../zendesk/writable';
import type { MessageKey, Translate } from '../shell/i18n/strings';

const BLOCKED: Record<WriteBlock['reason'], MessageKey> = {
  closed: 'write.blocked.closed',
  new_ticket: 'write.blocked.new_ticket',
  unreadable_id: 'write.blocked.unreadable_id',
};

/** Why the ticket takes no note, in words: the later screens' strings, so only a blocked ticket pays for them. */
export function blockedText(t: Translate, block: WriteBlock): string {
  return t(BLOCKED[block.reason], { message: block.reason === 'unreadable_id' ? block.message : '' });
}
