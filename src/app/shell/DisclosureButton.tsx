import { Button } from '@zendeskgarden/react-buttons';
import type { ReactNode } from 'react';
import { ChevronDown } from '../sidebar/district/DistrictSummary';
import { WrappingButton } from './WrappingButton';

interface Props {
  expanded: boolean;
  /** The id of the element the button shows and hides (kept in the page, `hidden` while closed). */
  controls: string;
  onToggle: () => void;
  children: ReactNode;
}

/**
 * A small basic Garden button that shows and hides a block below it (aria-expanded,
 * aria-controls, Garden's chevron turned when open), as the district's evidence does. Its label
 * wraps: a trail line carries an answer, which can be a sentence.
 */
export function DisclosureButton({ expanded, controls, onToggle, children }: Props) {
  return (
    <WrappingButton size="small" isBasic aria-expanded={expanded} aria-controls={controls} onClick={onToggle}>
      {children}
      <Button.EndIcon isRotated={expanded}>
        <ChevronDown />
      </Button.EndIcon>
    </WrappingButton>
  );
}
