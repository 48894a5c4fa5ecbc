import { isRecord } from './isRecord';
import type { ZafClient, ZafHttpResponse } from './zaf';

/**
 * One Zendesk REST call through `client.request`, and what its failure means.
 * ZAF sends the request from the Zendesk page (the app's iframe never sees it); with
 * `httpCompleteResponse: true` it resolves with `{status, responseJSON, responseText,
 * headers}` and rejects with the same shape for an HTTP error, or with status 0 (or no
 * status at all) when no answer came: a timeout or a dropped connection.
 */

export interface RestRequest {
  method: 'GET' | 'PUT' | 'POST';
  /** A path on the account, e.g. `/api/v2/tickets/1.json`, or another host's URL (Jira) through ZAF's proxy. */
  url: string;
  body?: unknown;
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** Lets Zendesk's proxy fill `{{setting.<name>}}` placeholders with secure settings, which the app cannot read. */
  secure?: boolean;
}

export type RestFailure =
  | { kind: 'http'; status: number; body: unknown; retryAfter: string | null }
  /** No HTTP answer: the request may or may not have reached Zendesk. */
  | { kind: 'network'; detail: string };

export type RestResult = { ok: true; status: number; body: unknown } | { ok: false; failure: RestFailure };

export async function rest(client: ZafClient, req: RestRequest): Promise<RestResult> {
  let answer: unknown;
  try {
    answer = await client.request({
      url: req.url,
      type: req.method,
      httpCompleteResponse: true,
      // The app waits out a 429 itself, with a countdown the agent sees; ZAF's silent retry would hide it.
      autoRetry: false,
      ...(req.timeoutMs !== undefined && { timeout: req.timeoutMs }),
      ...(req.headers !== undefined && { headers: req.headers }),
      ...(req.secure === true && { secure: true, cors: false }),
      ...(req.body !== undefined && { contentType: 'application/json', data: bodyText(req) }),
    });
  } catch (rejection) {
    return { ok: false, failure: toFailure(rejection) };
  }
  const response = asResponse(answer);
  if (response && response.status >= 200 && response.status < 300) {
    return { ok: true, status: response.status, body: bodyOf(response) };
  }
  // A resolved non-2xx (some hosts do that) is a failure all the same.
  if (response) return { ok: false, failure: toFailure(response) };
  return { ok: false, failure: { kind: 'network', detail: 'the answer was not an HTTP response' } };
}

/**
 * Zendesk's proxy fills `{{setting.<name>}}` into a secure request, and whether it looks in the
 * body depends on the setting's scopes (unconfirmed): a `{{` typed by an agent or read from a
 * note must never reach it, or a summary could carry the token out. `{ {` reads the same to a person.
 */
function bodyText(req: RestRequest): string {
  const json = JSON.stringify(req.body);
  return req.secure === true ? json.replace(/\{(?=\{)/g, '{ ') : json;
}

function toFailure(rejection: unknown): RestFailure {
  const response = asResponse(rejection);
  if (response && response.status > 0) {
    return { kind: 'http', status: response.status, body: bodyOf(response), retryAfter: header(response, 'retry-after') };
  }
  const statusText = isRecord(rejection) && typeof rejection.statusText === 'string' ? rejection.statusText : '';
  if (statusText === 'timeout') return { kind: 'network', detail: 'the request timed out' };
  if (rejection instanceof Error) return { kind: 'network', detail: rejection.message };
  return { kind: 'network', detail: 'the connection was lost' };
}

function asResponse(value: unknown): ZafHttpResponse | null {
  if (!isRecord(value) || typeof value.status !== 'number') return null;
  return value as unknown as ZafHttpResponse;
}

function bodyOf(response: ZafHttpResponse): unknown {
  if (response.responseJSON !== undefined) return response.responseJSON;
  if (typeof response.responseText !== 'string' || response.responseText === '') return null;
  try {
    return JSON.parse(response.responseText);
  } catch {
    return response.responseText;
  }
}

/** Header names are case-insensitive; hosts hand them over in either case. */
function header(response: ZafHttpResponse, name: string): string | null {
  const headers = response.headers;
  if (!isRecord(headers)) return null;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/** Why a call failed, in the terms the retry logic acts on. */
export type FailureClass =
  /** 409: someone changed the ticket since it was read; nothing was written. */
  | { class: 'conflict' }
  /** 429: nothing was written; wait as told. */
  | { class: 'rate_limited'; retryAfter: string | null }
  /** 5xx, timeout, dropped connection: the write MAY have been applied. */
  | { class: 'ambiguous'; reason: 'server' | 'network' }
  /** Trying again will not help. */
  | { class: 'final'; reason: FinalReason };

export type FinalReason = 'unauthorized' | 'forbidden' | 'not_found' | 'invalid' | 'too_large';

export function classifyFailure(failure: RestFailure): FailureClass {
  if (failure.kind === 'network') return { class: 'ambiguous', reason: 'network' };
  const { status } = failure;
  if (status === 409) return { class: 'conflict' };
  if (status === 429) return { class: 'rate_limited', retryAfter: failure.retryAfter };
  if (status === 408) return { class: 'ambiguous', reason: 'network' };
  if (status >= 500) return { class: 'ambiguous', reason: 'server' };
  if (status === 401) return { class: 'final', reason: 'unauthorized' };
  if (status === 403) return { class: 'final', reason: 'forbidden' };
  if (status === 404) return { class: 'final', reason: 'not_found' };
  if (status === 413) return { class: 'final', reason: 'too_large' };
  return { class: 'final', reason: 'invalid' };
}

/**
 * Zendesk's own words for a refused request (`{error, description, details:{field:[{description}]}}`),
 * as plain text of a readable length, or null.
 */
export function zendeskErrorText(failure: RestFailure): string | null {
  if (failure.kind !== 'http' || !isRecord(failure.body)) return null;
  const { error, description, details } = failure.body;
  const parts: string[] = [];
  if (typeof description === 'string') parts.push(description);
  else if (isRecord(error) && typeof error.message === 'string') parts.push(error.message);
  else if (typeof error === 'string') parts.push(error);
  if (isRecord(details)) {
    for (const entries of Object.values(details)) {
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) if (isRecord(entry) && typeof entry.description === 'string') parts.push(entry.description);
    }
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** A failed read, in plain words for the agent: what happened and whether waiting helps. */
export function readFailureMessage(failure: RestFailure): string {
  const cause = classifyFailure(failure);
  const said = zendeskErrorText(failure);
  const base =
    cause.class === 'rate_limited'
      ? 'Zendesk is limiting requests right now: wait a minute, then try again.'
      : cause.class === 'ambiguous'
        ? cause.reason === 'network'
          ? 'The connection to Zendesk was lost: try again when it is back.'
          : 'Zendesk had a problem: try again in a moment.'
        : cause.class === 'final' && cause.reason === 'forbidden'
          ? "You don't have permission to read this."
          : cause.class === 'final' && cause.reason === 'unauthorized'
            ? 'Your Zendesk session has ended: sign in again, then try again.'
            : `Zendesk refused the request${failure.kind === 'http' ? ` (HTTP ${failure.status})` : ''}.`;
  return said ? `${base} (${said})` : base;
}

/**
 * A next-page link as a path on the account: Zendesk gives absolute links, ZAF requests take
 * the account's paths. null for no link or one that is not a URL.
 */
export function accountPath(url: string | null | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('/')) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return null;
  }
}
