import { SM } from '@zendeskgarden/react-typography';
import { lazy, Suspense, type ReactNode } from 'react';
import { Stack } from './layout';

export interface NoticeProps {
  type: 'warning' | 'error';
  title: string;
  paragraphs: readonly string[];
  /** Controls below the words (a Retry button). */
  children?: ReactNode;
}

/** The notice's words without Garden's box: shown while the box is fetched, and for good if it cannot be. */
function PlainNotice({ title, paragraphs, children }: NoticeProps) {
  return (
    <Stack>
      <SM isBold>{title}</SM>
      {paragraphs.map((p) => (
        <SM key={p}>{p}</SM>
      ))}
      {children}
    </Stack>
  );
}

// Garden's Alert brings an icon for every type it can show (measured: about 2 KB gzip of the first chunk),
// for notices most tickets never show: it comes in its own chunk, the words at once.
const NoticeAlert = lazy(() => import(/* webpackChunkName: "notice" */ './NoticeAlert').catch(() => ({ default: PlainNotice })));

/** A warning or an error on the first screen, as Garden's Alert. */
export function Notice(props: NoticeProps) {
  return (
    <Suspense fallback={<PlainNotice {...props} />}>
      <NoticeAlert {...props} />
    </Suspense>
  );
}
