import { SM } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { Settings } from '../../triage/settings';
import { wherePart } from '../../triage/textParts';
import type { Where } from '../../triage/tree';
import { useT } from '../shell/i18n/I18nProvider';
import { TextParts } from '../shell/TextParts';

/** In the small type of the check above it, the links too (an anchor takes the size around it). */
const List = styled.ul`
  margin: 0;
  padding-inline-start: ${(p) => p.theme.space.md};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
`;

/**
 * Where to look: links from settings open in a new tab (never in the sidebar); a place, or a link
 * the admin has not set (the setup check names it), is the place in words.
 */
export function WhereList({ where, settings, user }: { where: Where[]; settings: Settings; user: string | null }) {
  const t = useT();
  if (where.length === 0) return null;
  return (
    <List aria-label={t('question.where')}>
      {where.map((w) => (
        <li key={w.label}>
          <SM tag="span">
            <TextParts parts={[wherePart(w, settings, user === null ? {} : { user })]} />
          </SM>
        </li>
      ))}
    </List>
  );
}
