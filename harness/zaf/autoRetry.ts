/**
 * ZAF's own handling of a rate-limited request: `client.request` retries a 429 by itself after
 * Retry-After unless the request says `autoRetry: false`, and the app's promise waits all that
 * time with nothing to show
 * (https://developer.zendesk.com/api-reference/apps/apps-core-api/client_api/#clientrequestoptions).
 * The stand-in's host and the jest client both play it, so an app request that forgets the flag
 * loses its own countdown in the tests as it would in Zendesk.
 */

/** The docs do not say how often ZAF retries; the stand-in stops after this many, so a long fault queue cannot hang it. */
export const ZAF_MAX_AUTO_RETRIES = 5;

/** The wait ZAF takes before trying again, in ms, or null when it hands the answer to the app. */
export function zafAutoRetryDelayMs(
  options: { autoRetry?: unknown },
  answer: { status: number; headers: Record<string, string> },
  retriesSoFar: number,
): number | null {
  if (options.autoRetry === false || answer.status !== 429 || retriesSoFar >= ZAF_MAX_AUTO_RETRIES) return null;
  const name = Object.keys(answer.headers).find((h) => h.toLowerCase() === 'retry-after');
  const seconds = Number(name === undefined ? NaN : answer.headers[name]);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}
