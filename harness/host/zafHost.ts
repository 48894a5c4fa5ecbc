import { PAGE_HEADER } from '../pageHeader';

/**
 * The host side of the ZAF wire protocol (as Zendesk documents it, checked against
 * node_modules/zendesk_app_framework_sdk/lib/client.js): what Zendesk's page does for an
 * app iframe. Messages from the app are JSON strings carrying `appGuid`; replies to
 * get/set/invoke carry the request's `id`; `request:N` is answered with
 * `zaf.request:N.done` / `.fail`; events go out as `zaf.<event>` to subscribers.
 */

import type { ZafContext, ZafMetadata } from '../../src/zendesk/zaf';
import { zafAutoRetryDelayMs } from '../zaf/autoRetry';

/** What the stand-in answers to `context()`: the app's ZAF context type, with what this host always gives. */
export type HostContext = ZafContext & {
  product: 'support';
  location: 'ticket_sidebar' | 'nav_bar';
  instanceGuid: string;
  account: { subdomain: string };
};

export type WireLog = (direction: 'app→host' | 'host→app', message: unknown) => void;

export interface ZafHostOptions {
  iframe: HTMLIFrameElement;
  appOrigin: string;
  appGuid: string;
  context: HostContext;
  metadata: ZafMetadata;
  /** `get` / `set`, answered from the fake Zendesk. */
  data: (request: 'get' | 'set', params: unknown) => Promise<Record<string, unknown>>;
  /** `invoke`: the page's own actions (resize, comment.appendText, routeTo, notify). Throws for an unknown action. */
  invoke: (name: string, args: unknown[]) => void;
  /** Who the app's REST requests act as. */
  actorId: number;
  log: WireLog;
  onRegistered: () => void;
}

interface RequestOptions {
  url?: unknown;
  type?: unknown;
  method?: unknown;
  contentType?: unknown;
  data?: unknown;
  headers?: unknown;
  timeout?: unknown;
  httpCompleteResponse?: unknown;
  autoRetry?: unknown;
}

/** What jQuery's xhr carried to the app through ZAF. */
interface XhrLike {
  status: number;
  statusText: string;
  responseText: string;
  responseJSON?: unknown;
  headers: Record<string, string>;
}

const ACTOR_HEADER = 'X-Harness-User-Id';

export class ZafHost {
  private subscriptions = new Map<string, number>();
  private registered = false;
  private readonly listener = (event: MessageEvent): void => this.receive(event);

  constructor(private readonly opts: ZafHostOptions) {}

  start(): void {
    window.addEventListener('message', this.listener);
  }

  stop(): void {
    window.removeEventListener('message', this.listener);
  }

  /** Sends a framework event (`ticket.updated`...) if the app listens for it, as Zendesk does. */
  emit(event: string, data: unknown): void {
    if (this.registered && (this.subscriptions.get(event) ?? 0) > 0) this.post({ key: `zaf.${event}`, message: data });
  }

  private post(message: Record<string, unknown>): void {
    this.opts.log('host→app', message);
    this.opts.iframe.contentWindow?.postMessage(JSON.stringify(message), this.opts.appOrigin);
  }

  private receive(event: MessageEvent): void {
    if (event.source !== this.opts.iframe.contentWindow || event.origin !== this.opts.appOrigin) return;
    let data: unknown = event.data;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        return;
      }
    }
    if (data === null || typeof data !== 'object') return;
    const msg = data as Record<string, unknown>;
    if (msg.appGuid !== this.opts.appGuid) return;
    this.opts.log('app→host', msg);

    if (typeof msg.id === 'number' && typeof msg.request === 'string') {
      void this.answer(msg.id, msg.request, msg.params);
      return;
    }
    const key = typeof msg.key === 'string' ? msg.key : '';
    if (key === 'iframe.handshake') {
      this.register();
    } else if (key.startsWith('iframe.on:')) {
      const name = key.slice('iframe.on:'.length);
      this.subscriptions.set(name, subscriberCount(msg.message, (this.subscriptions.get(name) ?? 0) + 1));
      // Zendesk activates a visible app after registering it; the stand-in's app is always visible.
      if (name === 'app.activated') this.emit('app.activated', { firstLoad: true });
    } else if (key.startsWith('iframe.off:')) {
      this.subscriptions.set(key.slice('iframe.off:'.length), subscriberCount(msg.message, 0));
    } else if (/^request:\d+$/.test(key)) {
      void this.request(key, (msg.message ?? {}) as RequestOptions);
    }
  }

  private register(): void {
    this.registered = true;
    this.post({ key: 'zaf.app.registered', message: { context: this.opts.context, metadata: this.opts.metadata } });
    this.opts.onRegistered();
  }

  private async answer(id: number, request: string, params: unknown): Promise<void> {
    try {
      if (request === 'get' || request === 'set') {
        this.post({ id, result: await this.opts.data(request, params) });
      } else if (request === 'invoke') {
        this.post({ id, result: this.invoke(params) });
      } else {
        this.post({ id, error: { name: 'ApiError', message: `Unknown request "${request}"` } });
      }
    } catch (error) {
      this.post({ id, error: { name: 'ApiError', message: error instanceof Error ? error.message : String(error) } });
    }
  }

  private invoke(params: unknown): Record<string, unknown> {
    const result: Record<string, unknown> = { errors: {} };
    const errors = result.errors as Record<string, unknown>;
    for (const [name, args] of Object.entries((params ?? {}) as Record<string, unknown>)) {
      try {
        this.opts.invoke(name, Array.isArray(args) ? args : [args]);
        result[name] = null;
      } catch (error) {
        errors[name] = { name: 'ApiError', message: error instanceof Error ? error.message : String(error) };
      }
    }
    return result;
  }

  /** `client.request`: forwarded to the fake Zendesk; answered like ZAF's proxy (jQuery's three arguments). */
  private async request(key: string, options: RequestOptions): Promise<void> {
    let xhr = await forward(options, this.opts.actorId);
    // As ZAF does: a 429 is retried out of the app's sight unless the request turned that off.
    for (let retries = 0, wait = zafAutoRetryDelayMs(options, xhr, retries); wait !== null; wait = zafAutoRetryDelayMs(options, xhr, ++retries)) {
      await new Promise((resolve) => window.setTimeout(resolve, wait));
      xhr = await forward(options, this.opts.actorId);
    }
    const ok = (xhr.status >= 200 && xhr.status < 300) || xhr.status === 304;
    const complete = options.httpCompleteResponse === true;
    const { headers, ...jqXhr } = xhr;
    const responseArgs = complete
      ? [{ status: xhr.status, responseText: xhr.responseText, responseJSON: xhr.responseJSON, headers }]
      : ok
        ? [xhr.responseJSON ?? xhr.responseText, 'success', jqXhr]
        : [jqXhr, 'error', xhr.statusText];
    this.post({ key: `zaf.${key}.${ok ? 'done' : 'fail'}`, message: { responseArgs } });
  }
}

function subscriberCount(message: unknown, fallback: number): number {
  const n = (message as { subscriberCount?: unknown } | null)?.subscriberCount;
  return typeof n === 'number' ? n : fallback;
}

/** Only Zendesk's own API is faked; anything else fails as an unreachable host would. */
function apiPath(url: string): string | null {
  const parsed = new URL(url, window.location.origin);
  const zendesk = parsed.origin === window.location.origin || parsed.hostname.endsWith('.zendesk.com');
  return zendesk && parsed.pathname.startsWith('/api/v2/') ? parsed.pathname + parsed.search : null;
}

const networkError = (statusText: string): XhrLike => ({ status: 0, statusText, responseText: '', headers: {} });

async function forward(options: RequestOptions, actorId: number): Promise<XhrLike> {
  const path = typeof options.url === 'string' ? apiPath(options.url) : null;
  if (path === null) return networkError(`the stand-in answers only Zendesk API requests (/api/v2/...), not ${String(options.url)}`);
  const method = String(options.type ?? options.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { ...((options.headers ?? {}) as Record<string, string>), [ACTOR_HEADER]: String(actorId), [PAGE_HEADER]: '1' };
  if (typeof options.contentType === 'string') headers['Content-Type'] = options.contentType;
  const body = options.data === undefined || method === 'GET' ? undefined : typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
  const abort = new AbortController();
  const timer = typeof options.timeout === 'number' && options.timeout > 0 ? window.setTimeout(() => abort.abort(), options.timeout) : undefined;
  try {
    const res = await fetch(path, { method, headers, body, signal: abort.signal });
    const responseText = await res.text();
    let responseJSON: unknown;
    try {
      responseJSON = responseText === '' ? undefined : JSON.parse(responseText);
    } catch {
      responseJSON = undefined;
    }
    const resHeaders: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      resHeaders[name] = value;
    });
    return { status: res.status, statusText: res.statusText, responseText, ...(responseJSON === undefined ? {} : { responseJSON }), headers: resHeaders };
  } catch {
    return networkError(abort.signal.aborted ? 'timeout' : 'error');
  } finally {
    window.clearTimeout(timer);
  }
}
