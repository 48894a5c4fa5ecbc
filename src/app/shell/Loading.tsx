import { SM } from '@zendeskgarden/react-typography';

/**
 * A moment's wait on the first screen (the ticket being read, the walk's screen arriving), said in
 * words. Garden's animated Dots would bring their package onto the first screen (1.1 KB gzip,
 * measured) for a fraction of a second; the later screens, loaded lazily, keep them.
 */
export function Loading({ label }: { label: string }) {
  return <SM role="status">{label}</SM>;
}
