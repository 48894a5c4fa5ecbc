/**
 * Types for the part of the ZAF SDK the app uses. The SDK ships no types: these are
 * written from its documented behaviour (Zendesk's ZAF client API reference).
 */

export interface ZafContext {
  product: string;
  location: 'ticket_sidebar' | 'nav_bar' | string;
  ticketId?: number;
  instanceGuid?: string;
}

export interface ZafMetadata {
  appId: number;
  installationId: number;
  settings: Record<string, unknown>;
}

export interface ZafRequestOptions {
  url: string;
  type?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  contentType?: string;
  data?: string;
  headers?: Record<string, string>;
  secure?: boolean;
  cors?: boolean;
  httpCompleteResponse?: boolean;
  timeout?: number;
  /**
   * ZAF retries a rate-limited (429) request by itself after Retry-After unless this is false,
   * holding the promise with nothing shown (developer.zendesk.com/api-reference/apps/apps-core-api/client_api/#clientrequestoptions).
   */
  autoRetry?: boolean;
}

/** With `httpCompleteResponse: true` ZAF resolves (and rejects) with this shape. */
export interface ZafHttpResponse {
  status: number;
  responseText?: string;
  responseJSON?: unknown;
  headers?: Record<string, string>;
}

export type ZafGetResult = Record<string, unknown> & { errors?: Record<string, unknown> };

export interface ZafClient {
  get(paths: string | string[]): Promise<ZafGetResult>;
  set(path: string, value: unknown): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request<T = unknown>(options: ZafRequestOptions): Promise<T>;
  on(event: string, handler: (data: unknown) => void): void;
  off(event: string, handler: (data: unknown) => void): void;
  context(): Promise<ZafContext>;
  metadata(): Promise<ZafMetadata>;
}

export interface ZafClientFactory {
  init(callback?: unknown, options?: unknown): ZafClient | false;
}

declare global {
  interface Window {
    ZAFClient?: ZafClientFactory;
  }
}
