import { Accordion } from '@zendeskgarden/react-accordions';
import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import styled from 'styled-components';
import type { Classification } from '../../triage/snapshot';
import { useSettings } from '../ClientProvider';
import { useT } from '../i18n/I18nProvider';
import { say } from '../i18n/messages';
import { Row, Stack } from '../layout';
import { KIND_HUE, KIND_LABEL, badgeReason } from './reason';

const Evidence = styled.ul`
  margin: 0;
  padding-inline-start: ${(p) => p.theme.space.md};
`;

/** The district at a glance: a badge, why, the evidence on demand, and what to doubt. */
export function DistrictSummary({ classification }: { classification: Classification }) {
  const t = useT();
  const { settings } = useSettings();
  const reason = badgeReason(classification, settings);
  return (
    <Stack as="section" aria-label={t('district.title')}>
      <Row>
        <SM isBold>{t('district.title')}</SM>
        <Tag hue={KIND_HUE[classification.kind]} data-kind={classification.kind}>
          <span>{t(KIND_LABEL[classification.kind])}</span>
        </Tag>
      </Row>
      <SM>{say(t, reason)}</SM>
      {classification.stale && (
        <Alert type="warning">
          <Alert.Title>{t('district.stale.title')}</Alert.Title>
          <Alert.Paragraph>{t('district.stale.body', { year: classification.academicYear ?? '' })}</Alert.Paragraph>
        </Alert>
      )}
      {classification.conflict && (
        <Alert type="warning">
          <Alert.Title>{t('district.conflict.title')}</Alert.Title>
          <Alert.Paragraph>{t('district.conflict.body')}</Alert.Paragraph>
        </Alert>
      )}
      <Accordion level={3} isCompact isCollapsible isExpandable defaultExpandedSections={[]}>
        <Accordion.Section>
          <Accordion.Header>
            <Accordion.Label>{t('district.evidence')}</Accordion.Label>
          </Accordion.Header>
          <Accordion.Panel>
            <EvidenceList evidence={classification.evidence} />
          </Accordion.Panel>
        </Accordion.Section>
      </Accordion>
    </Stack>
  );
}

export function EvidenceList({ evidence }: { evidence: Classification['evidence'] }) {
  const t = useT();
  return (
    <Evidence aria-label={t('district.evidence')}>
      {evidence.map((e, i) => (
        <li key={`${e.field}-${i}`}>
          <SM>{t('district.evidence.item', { field: e.field, value: e.value, reading: e.reading })}</SM>
        </li>
      ))}
    </Evidence>
  );
}
