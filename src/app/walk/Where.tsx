import { Anchor } from '@zendeskgarden/react-buttons';
import { SM } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { Settings } from '../../triage/settings';
import { linkUrl } from '../../triage/treeText';
import type { Where } from '../../triage/tree';
import { useT } from '../shell/i18n/I18nProvider';

/** In the small type of the check above it, the links too (an anchor takes the size around it). */
const List = styled.ul`
  margin: 0;
  padding-inline-start: ${(p) => p.theme.space.md};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
`;

/**
 * Where to look: links from settings open in a new tab (never in the sidebar), a place is
 * named in words, and a link the admin has not set, or a user search with no user to search
 * for, says so.
 */
export function WhereList({ where, settings, user }: { where: Where[]; settings: Settings; user: string | null }) {
  const t = useT();
  if (where.length === 0) return null;
  return (
    <List aria-label={t('question.where')}>
      {where.map((w) => {
        const url = w.kind === 'link' ? linkUrl(settings, w.link, user === null ? {} : { user }) : null;
        return (
          <li key={w.label}>
            {url !== null ? (
              <Anchor href={url} target="_blank" rel="noopener noreferrer" isExternal externalIconLabel={t('link.newTab')}>
                {w.label}
              </Anchor>
            ) : (
              <SM>{w.kind === 'place' ? w.label : t(settings[w.link] === undefined ? 'link.unset' : 'link.noUser', { label: w.label })}</SM>
            )}
          </li>
        );
      })}
    </List>
  );
}
