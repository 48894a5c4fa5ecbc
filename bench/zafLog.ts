import type { ZafLogEntry } from './page/types';

/**
 * Reads the host page's ZAF message log (harness/host/panels/zafLog.ts, `logZaf`): each line is the
 * direction, a space, then the message as JSON (cut at 600 characters). The SDK writes the
 * fields that say what a message is first (`{"id":…,"request":"get",…}`, `{"key":"request:3",…}`),
 * so they survive the cut.
 */

export type ZafCallKind = 'get' | 'set' | 'invoke' | 'request';

const APP_TO_HOST = 'app→host';

const CALLS: readonly string[] = ['get', 'set', 'invoke'];

function kindOf(message: Record<string, unknown>): ZafCallKind | null {
  if (typeof message.request === 'string' && CALLS.includes(message.request)) return message.request as ZafCallKind;
  return typeof message.key === 'string' && /^request:\d+$/.test(message.key) ? 'request' : null;
}

/** A line cut short is no longer JSON: its leading fields still say what it was. */
function kindOfCut(text: string): ZafCallKind | null {
  const head = /^\{\s*"(id|key)"\s*:\s*(\d+|"[^"]*")\s*,\s*"(?:request"\s*:\s*"([a-z]+)")?/.exec(text);
  if (!head) return null;
  if (head[1] === 'key') return /^"request:\d+"$/.test(head[2] ?? '') ? 'request' : null;
  return head[3] !== undefined && CALLS.includes(head[3]) ? (head[3] as ZafCallKind) : null;
}

/** The ZAF call an app→host line records, or null for anything else (handshake, events, replies). */
export function zafCallOf(line: string): ZafCallKind | null {
  const text = line.trim();
  if (!text.startsWith(APP_TO_HOST)) return null;
  const message = text.slice(APP_TO_HOST.length).trim();
  try {
    const parsed: unknown = JSON.parse(message);
    return parsed !== null && typeof parsed === 'object' ? kindOf(parsed as Record<string, unknown>) : null;
  } catch {
    return kindOfCut(message);
  }
}

/** The ZAF calls that reached the host at or before `until` (ms since the epoch), by kind. */
export function callsUntil(log: readonly ZafLogEntry[], until: number): ZafCallKind[] {
  return log.filter((entry) => entry.at <= until).flatMap((entry) => zafCallOf(entry.text) ?? []);
}
