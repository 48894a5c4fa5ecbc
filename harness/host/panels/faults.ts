import type { Fault, QueuedFault } from '../../zendesk/faults';
import { byId, el, json, replace } from '../dom';
import { shared, toast } from '../page';

/** "Make Zendesk misbehave": queue faults for the next requests, and the queue as it stands. */

function faultFromForm(): { fault: Fault; target: 'any' | 'writes' } {
  const kind = byId<HTMLSelectElement>('fault-kind').value;
  const writesOnly = byId<HTMLInputElement>('fault-writes-only').checked;
  const target = writesOnly ? 'writes' : 'any';
  switch (kind) {
    case '429':
      return { fault: { kind: '429', retryAfter: Number(byId<HTMLInputElement>('fault-retry-after').value) || 0 }, target };
    case '500':
      return { fault: { kind: '500' }, target };
    case 'drop-before':
      return { fault: { kind: 'drop', afterApply: false }, target };
    case 'drop-after':
      return { fault: { kind: 'drop', afterApply: true }, target };
    case 'concurrent-edit':
      return { fault: { kind: 'concurrent-edit', addTags: ['edited_by_another_agent'] }, target: 'writes' };
    default:
      return { fault: { kind: 'http', status: Number(kind) }, target };
  }
}

function describeFault(q: QueuedFault): string {
  const f = q.fault;
  const what =
    f.kind === '429'
      ? `429, retry after ${f.retryAfter} s`
      : f.kind === '500'
        ? `${f.status ?? 500} server error`
        : f.kind === 'http'
          ? `${f.status} error`
          : f.kind === 'drop'
            ? `connection drops ${f.afterApply ? 'after' : 'before'} Zendesk saves`
            : `another agent edits first (adds ${f.addTags.join(', ')})`;
  return `${what} — next ${q.remaining} ${q.target === 'writes' ? 'save(s)' : 'request(s)'}`;
}

export function renderFaults(): void {
  const { faults } = shared.state;
  replace(
    byId('fault-queue'),
    ...(faults.length ? faults.map((q) => el('li', {}, describeFault(q))) : [el('li', { class: 'help' }, 'No faults waiting: Zendesk answers normally.')]),
  );
  byId('retry-after-label').hidden = byId<HTMLSelectElement>('fault-kind').value !== '429';
}

export function wireFaults(): void {
  byId('fault-kind').addEventListener('change', renderFaults);
  byId<HTMLFormElement>('fault-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const n = Number(byId<HTMLInputElement>('fault-count').value) || 1;
    void json('/__harness/faults', { method: 'POST', body: JSON.stringify({ n, ...faultFromForm() }) }).catch((error: unknown) => toast(String(error)));
  });
  byId('fault-clear').addEventListener('click', () => {
    void json('/__harness/faults', { method: 'DELETE' });
  });
}
