import type { LoggedRequest } from '../../zendesk/faults';
import { byId, el, json, replace } from '../dom';

/** "Requests to Zendesk": the fake REST API's log, newest first, failures marked. */

export async function renderRequestLog(): Promise<void> {
  const log = await json<LoggedRequest[]>('/__harness/log');
  replace(
    byId('request-log'),
    ...log
      .slice(-200)
      .reverse()
      .map((r) =>
        el(
          'tr',
          { class: r.status === 'dropped' || r.status >= 400 ? 'failed' : '' },
          el('td', {}, String(r.seq)),
          el('td', {}, r.method),
          el('td', {}, r.url),
          el('td', {}, String(r.status)),
          el('td', {}, r.fault ?? ''),
        ),
      ),
  );
}
