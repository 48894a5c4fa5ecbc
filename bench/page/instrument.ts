import { RECORD_GLOBAL, TARGET_GLOBAL, type AppFrameRecord, type HostRecord, type VisibleTarget, type Watch } from './types';

/**
 * Runs in every frame of the stand-in's page before the page's own scripts (a Playwright init
 * script, bundled by bench/page/bundle.ts). Two jobs, one per frame:
 *
 * - in the app's iframe (served under /app/): note when the target (the first question, or the
 *   baseline's button) is first in the page, visible in the frame's viewport and answerable. Timed
 *   from the iframe's own time origin, which is its navigation start, so the host page's work
 *   before it is not counted. A MutationObserver sees the DOM change as it happens (and a resize
 *   listener the viewport growing); the time is taken in the next animation frame, the one that
 *   paints it. Polling from Node would add its own interval to every figure. When told to, it
 *   then notes the next click and the frame that paints a second target (the walk's question).
 * - in the host page: stamp each line the host adds to its ZAF message log, so the Node side can
 *   count the calls that arrived before the question was painted.
 */

type Globals = Record<string, unknown>;
const globals = window as unknown as Globals;

const now = (): number => performance.timeOrigin + performance.now();

/**
 * At least partly inside the frame's viewport: what the host's iframe shows of it. The iframe is
 * as tall as the host made it (the stand-in starts it at 400 px); the app's resize request only
 * follows its paint, so content painted below that is not yet visible.
 */
function inViewport(box: DOMRect): boolean {
  return box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;
}

function isShown(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && inViewport(box) && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
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

/** The target, shown, with something to press: one of the question's answers, or the button itself. */
function targetShown(target: VisibleTarget): boolean {
  for (const element of document.querySelectorAll(ROLE_SELECTORS[target.role])) {
    if (target.selector !== undefined && !element.matches(target.selector)) continue;
    if ((target.name !== undefined && accessibleName(element) !== target.name) || !isShown(element)) continue;
    if (target.role === 'button') return true;
    if ([...element.querySelectorAll(ROLE_SELECTORS.button)].some(isShown)) return true;
  }
  return false;
}

/** Calls `painted` with the time of the animation frame that first paints `target`. */
function whenPainted(target: VisibleTarget, painted: (ms: number) => void): void {
  const check = (): void => {
    if (!targetShown(target)) return;
    observer.disconnect();
    window.removeEventListener('resize', check);
    requestAnimationFrame(() => painted(performance.now()));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  window.addEventListener('resize', check);
  check();
}

function watchApp(watch: Watch): void {
  const record: AppFrameRecord = { visibleMs: null, visibleAt: null, clickMs: null, afterClickMs: null };
  globals[RECORD_GLOBAL] = record;
  whenPainted(watch.target, (ms) => {
    record.visibleMs = ms;
    record.visibleAt = now();
    const next = watch.afterClick;
    if (!next) return;
    const clicked = (event: MouseEvent): void => {
      document.removeEventListener('click', clicked, true);
      // The event's own time: when the press reached the page, before any handler ran.
      record.clickMs = event.timeStamp;
      whenPainted(next, (after) => {
        record.afterClickMs = after;
      });
    };
    document.addEventListener('click', clicked, true);
  });
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

const watch = globals[TARGET_GLOBAL] as Watch | undefined;
if (window.location.pathname.startsWith('/app/')) {
  if (watch) watchApp(watch);
} else if (window === window.top) {
  watchHost();
}
