import { useEffect, useRef, type ReactNode } from 'react';
import { useClient } from './ClientProvider';
import { resize } from '../../zendesk/client';

/**
 * Keeps the sidebar iframe as tall as its content: every change of the content's height
 * (a new question, an opened accordion, a message) is sent to Zendesk. A location wraps its
 * screen in it once there is something to show; a loading placeholder is not sized.
 */
export function AutoResize({ children }: { children: ReactNode }) {
  const client = useClient();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last = -1;
    const send = (height: number) => {
      const rounded = Math.ceil(height);
      if (rounded === last) return;
      last = rounded;
      resize(client, rounded).catch(() => undefined);
    };
    send(element.getBoundingClientRect().height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) send(entry.target.getBoundingClientRect().height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [client]);

  return <div ref={ref}>{children}</div>;
}
