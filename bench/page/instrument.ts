import { RECORD_GLOBAL, TARGET_GLOBAL, type AppFrameRecord, type HostRecord, type VisibleTarget } from './types';

/**
 * Runs in every frame of the stand-in's page before the page's own scripts (a Playwright init
 * script, bundled by bench/page/bundle.ts). Two jobs, one per frame:
 *
 * - in the app's iframe (served under /app/): note when the target (the first question, or the
 *   baseline's button) is first in the page, visible and answerable. Timed from the iframe's own
 *   time origin, which is its navigation start, so the host page's work before it is not counted.
 *   A MutationObserver sees the DOM change as it happens; the time is taken in the next animation
 *   frame, the one that paints it. Polling from Node would add its own interval to every figure.
 * - in the host page: stamp each line the host adds to its ZAF message log, so the Node side can
 *   count the calls that arrived before the question was painted.
 */

type Globals = Record<string, unknown>;
const globals = window as unknown as Globals;

const now = (): number => performance.timeOrigin + performance.now();

function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** The accessible name the way the target elements here get theirs: aria-label, aria-labelledby, or their text. */
function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const ids = element.getAttribute('aria-labelledby');
  if (ids) {
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  return (element.textContent ?? '').trim();
}

const ROLE_SELECTORS: Record<VisibleTarget['role'], string> = {
  // A <section> is a region only when it has a name (HTML-AAM).
  region: 'section[aria-label], section[aria-labelledby], [role="region"]',
  button: 'button, [role="button"]',
};

/** The target, shown, with something to press: the question's answers, or the button itself. */
function targetShown(target: VisibleTarget): boolean {
  for (const element of document.querySelectorAll(ROLE_SELECTORS[target.role])) {
    if (accessibleName(element) !== target.name || !isShown(element)) continue;
    if (target.role === 'button') return true;
    if ([...element.querySelectorAll(ROLE_SELECTORS.button)].some(isShown)) return true;
  }
  return false;
}

function watchApp(target: VisibleTarget): void {
  const record: AppFrameRecord = { visibleMs: null, visibleAt: null };
  globals[RECORD_GLOBAL] = record;
  const observer = new MutationObserver(() => {
    if (!targetShown(target)) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      record.visibleMs = performance.now();
      record.visibleAt = now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

function watchHost(): void {
  const record: HostRecord = { zafLog: [] };
  globals[RECORD_GLOBAL] = record;
  new MutationObserver((mutations) => {
    const at = now();
    for (const mutation of mutations) {
      if (!(mutation.target instanceof Element) || mutation.target.id !== 'zaf-log') continue;
      for (const node of mutation.addedNodes) record.zafLog.push({ at, text: node.textContent ?? '' });
    }
  }).observe(document, { childList: true, subtree: true });
}

const target = globals[TARGET_GLOBAL] as VisibleTarget | undefined;
if (window.location.pathname.startsWith('/app/')) {
  if (target) watchApp(target);
} else if (window === window.top) {
  watchHost();
}
