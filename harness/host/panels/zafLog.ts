import { byId, el, replace } from '../dom';

/** "ZAF messages": every message between the app and the host, newest first (bench/zafLog.ts reads it). */

const MAX_ZAF_LOG = 300;

export function logZaf(direction: string, message: unknown): void {
  const list = byId<HTMLOListElement>('zaf-log');
  const text = JSON.stringify(message);
  list.prepend(el('li', {}, el('span', { class: 'dir' }, direction), ' ', text.length > 600 ? `${text.slice(0, 600)}…` : text));
  while (list.children.length > MAX_ZAF_LOG) list.lastElementChild?.remove();
}

export function wireZafLog(): void {
  byId('clear-messages').addEventListener('click', () => replace(byId('zaf-log')));
}
