import { PAGE_HEADER } from '../../pageHeader';
import { byId, el, replace } from '../dom';

/** "Load more fixtures": pasted JSON; a bad record is named and skipped, the rest load. */

export function wireFixtures(): void {
  byId('fixtures-load').addEventListener('click', () => {
    const text = byId<HTMLTextAreaElement>('fixtures-input').value;
    // Not json(): a 400 here still carries the problems to show.
    void fetch('/__harness/fixtures', { method: 'POST', headers: { 'Content-Type': 'application/json', [PAGE_HEADER]: '1' }, body: text })
      .then((res) => res.json() as Promise<{ problems: string[]; tickets?: number }>)
      .then(({ problems, tickets }) =>
        replace(byId('fixtures-result'), ...(problems.length ? problems.map((p) => el('li', {}, p)) : [el('li', { class: 'ok' }, `Loaded: ${tickets ?? 0} tickets in the picker.`)])),
      );
  });
}
