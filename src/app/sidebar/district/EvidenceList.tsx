import { SM } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { Classification } from '../../../triage/snapshot';
import { LaterStrings, useT } from '../../shell/i18n/I18nProvider';
import LATER_ENGLISH from '../../messages/en.later.json';

const List = styled.ul`
  margin: 0;
  padding-inline-start: ${(p) => p.theme.space.md};
`;

/** How classify() writes the value of an empty field, and of no organization, in its evidence. */
const EMPTY = '(empty)';

/**
 * The evidence, field, value and reading, the reading (and an empty value) in the agent's
 * language; a walk saved before the readings had codes shows its English reading.
 */
export function EvidenceList({ evidence }: { evidence: Classification['evidence'] }) {
  const t = useT();
  return (
    <List aria-label={t('district.evidence')}>
      {evidence.map((e, i) => {
        const coded = 'code' in e;
        const value = coded && e.code === 'noOrg' ? t('evidence.value.none') : coded && e.value === EMPTY ? t('org.field.empty') : e.value;
        const reading = coded ? t(`evidence.${e.code}`, e.vars) : e.reading;
        return (
          <li key={`${e.field}-${i}`}>
            <SM>{t('district.evidence.item', { field: e.field, value, reading })}</SM>
          </li>
        );
      })}
    </List>
  );
}

/**
 * The district's evidence, loaded when the agent opens it, with its English (the
 * later screens' strings), so its words cost the first screen nothing.
 */
export default function DistrictEvidence({ evidence }: { evidence: Classification['evidence'] }) {
  return (
    <LaterStrings english={LATER_ENGLISH}>
      <EvidenceList evidence={evidence} />
    </LaterStrings>
  );
}
