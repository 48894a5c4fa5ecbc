import { zafAutoRetryDelayMs } from '../../harness/zaf/autoRetry';
import type { ZafClient, ZafContext, ZafGetResult, ZafMetadata, ZafRequestOptions } from '../../src/zendesk/zaf';

/**
 * A stand-in for the ZAF client in jest: what `get` answers is settable, every `set` and
 * `invoke` is recorded, events can be fired, and `request()` goes through `fetch` so msw
 * handlers on the fake Zendesk model (harness/zendesk/) answer it as Zendesk would.
 */

export const FAKE_ORIGIN = 'https://example.zendesk.com';

export interface Invocation {
  name: string;
  args: unknown[];
}

export interface FakeClientOptions {
  context?: Partial<ZafContext>;
  settings?: Record<string, unknown>;
  /** Values `get` answers, by path (`'ticket.tags'`, `'currentUser'`, ...). */
  data?: Record<string, unknown>;
  /** Paths `get` answers with an error instead of a value. */
  errors?: Record<string, string>;
  /** The installation's id in `metadata()` (1 unless said: no installation the fake Zendesk knows). */
  installationId?: number;
  /** Start unregistered: `context()`/`metadata()` wait for `register()`, as the SDK waits for app.registered. */
  registered?: boolean;
}

type Handler = (data: unknown) => void;

export class FakeClient implements ZafClient {
  data: Record<string, unknown>;
  errors: Record<string, string>;
  readonly invoked: Invocation[] = [];
  readonly sets: { path: string; value: unknown }[] = [];
  readonly requests: ZafRequestOptions[] = [];
  readonly gets: string[][] = [];
  private contextValue: ZafContext;
  private metadataValue: ZafMetadata;
  private handlers = new Map<string, Set<Handler>>();
  private isRegistered: boolean;
  private waiting: (() => void)[] = [];

  constructor(opts: FakeClientOptions = {}) {
    this.data = { ...opts.data };
    this.errors = { ...opts.errors };
    this.contextValue = { product: 'support', location: 'ticket_sidebar', ticketId: 1, ...opts.context };
    this.metadataValue = { appId: 1, installationId: opts.installationId ?? 1, settings: { ...opts.settings } };
    this.isRegistered = opts.registered ?? true;
  }

  /** Plays Zendesk's `app.registered`: resolves `context()` and `metadata()` and fires the event. */
  register(): void {
    this.isRegistered = true;
    for (const resolve of this.waiting.splice(0)) resolve();
    this.trigger('app.registered', { context: this.contextValue, metadata: this.metadataValue });
  }

  private whenRegistered(): Promise<void> {
    if (this.isRegistered) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async context(): Promise<ZafContext> {
    await this.whenRegistered();
    return this.contextValue;
  }

  async metadata(): Promise<ZafMetadata> {
    await this.whenRegistered();
    return this.metadataValue;
  }

  async get(paths: string | string[]): Promise<ZafGetResult> {
    const list = Array.isArray(paths) ? paths : [paths];
    this.gets.push(list);
    const result: ZafGetResult = { errors: {} };
    for (const path of list) {
      if (path in this.errors) {
        (result.errors as Record<string, unknown>)[path] = { message: this.errors[path] };
      } else {
        result[path] = this.data[path];
      }
    }
    // As the SDK does: a single-path get with an error rejects.
    const only = list[0];
    if (list.length === 1 && only !== undefined && only in this.errors) throw new Error(this.errors[only]);
    return result;
  }

  async set(path: string, value: unknown): Promise<unknown> {
    this.sets.push({ path, value });
    this.data[path] = value;
    return { [path]: value, errors: {} };
  }

  async invoke(name: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ name, args });
    return { errors: {} };
  }

  /** The invocations of one name, e.g. `invocations('resize')`. */
  invocations(name: string): unknown[][] {
    return this.invoked.filter((i) => i.name === name).map((i) => i.args);
  }

  on(event: string, handler: Handler): void {
    const set = this.handlers.get(event) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(event, set);
  }

  off(event: string, handler: Handler): void {
    this.handlers.get(event)?.delete(handler);
  }

  listenerCount(event: string): number {
    return this.handlers.get(event)?.size ?? 0;
  }

  /** Fires an event at the app, e.g. `trigger('ticket.tags.changed', ['a', 'b'])`. */
  trigger(event: string, data?: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) handler(data);
  }

  /**
   * Like ZAF's request with `httpCompleteResponse: true`: resolves with
   * `{status, responseText, responseJSON, headers}` for a 2xx, rejects with the same for
   * another status, and with `{status: 0, statusText: 'error'}` when no answer came. A 429 is
   * retried after Retry-After unless the request says `autoRetry: false`, as ZAF does.
   */
  async request<T = unknown>(options: ZafRequestOptions): Promise<T> {
    this.requests.push(options);
    for (let retries = 0; ; retries++) {
      const answer = await this.send(options);
      const wait = zafAutoRetryDelayMs(options, answer, retries);
      if (wait === null) {
        if (answer.status < 200 || answer.status > 299) throw answer;
        return (options.httpCompleteResponse ? answer : answer.responseJSON) as T;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private async send(options: ZafRequestOptions): Promise<{ status: number; statusText?: string; responseText: string; responseJSON?: unknown; headers: Record<string, string> }> {
    let response: Response;
    try {
      response = await fetch(new URL(options.url, FAKE_ORIGIN), {
        method: options.type ?? 'GET',
        headers: { ...(options.contentType && { 'Content-Type': options.contentType }), ...options.headers },
        ...(options.data !== undefined && { body: options.data }),
      });
    } catch {
      return { status: 0, statusText: 'error', responseText: '', headers: {} };
    }
    const responseText = await response.text();
    let responseJSON: unknown;
    try {
      responseJSON = responseText === '' ? undefined : JSON.parse(responseText);
    } catch {
      responseJSON = undefined;
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return { status: response.status, responseText, responseJSON, headers };
  }
}
