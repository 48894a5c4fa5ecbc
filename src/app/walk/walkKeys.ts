import { useEffect, useRef } from 'react';

/**
 * The walk's keys, for agents who answer dozens of questions a day: 1 to 3 give the current
 * question's first three answers, in the order shown; Backspace takes back the last answer. Only
 * while the app has the focus (the iframe's document hears no keys otherwise), and never while
 * the agent types (a field, a text area) or holds a modifier, which belong to the browser.
 */

export type WalkKey = { kind: 'answer'; index: number } | { kind: 'back' };

export const ANSWER_KEYS = ['1', '2', '3'] as const;
export const BACK_KEY = 'Backspace';

interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  target: EventTarget | null;
}

/** Whether the key goes into what the agent is typing. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

export function walkKey(press: KeyPress): WalkKey | null {
  if (press.altKey || press.ctrlKey || press.metaKey || press.repeat || typing(press.target)) return null;
  const index = (ANSWER_KEYS as readonly string[]).indexOf(press.key);
  if (index >= 0) return { kind: 'answer', index };
  return press.key === BACK_KEY ? { kind: 'back' } : null;
}

/** Listens for the walk's keys in the app's document; the handler says whether it acted (then the browser does nothing else with the key). */
export function useWalkKeys(onKey: (key: WalkKey) => boolean): void {
  // The latest handler, without listening anew on every render.
  const handler = useRef(onKey);
  handler.current = onKey;
  useEffect(() => {
    const listen = (event: KeyboardEvent) => {
      const key = walkKey(event);
      if (key && !event.defaultPrevented && handler.current(key)) event.preventDefault();
    };
    document.addEventListener('keydown', listen);
    return () => document.removeEventListener('keydown', listen);
  }, []);
}
