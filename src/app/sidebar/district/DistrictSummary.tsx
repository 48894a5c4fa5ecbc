import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import { lazy, Suspense, useState } from 'react';
import type { Classification } from '../../../triage/snapshot';
import { useSettings } from '../../shell/ClientProvider';
import { useT } from '../../shell/i18n/I18nProvider';
import { say } from '../../shell/i18n/strings';
import { Row, Stack } from '../../shell/layout';
import { KIND_HUE, KIND_LABEL, badgeReason } from './reason';

// Opened on demand: its code and words load then, not with the first screen.
const DistrictEvidence = lazy(() => import(/* webpackChunkName: "evidence" */ './EvidenceList'));

/** Garden's 16 px chevron-down-stroke icon (@zendeskgarden/svg-icons), the one its accordions show. */
export function ChevronDown() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={16} height={16} viewBox="0 0 16 16" focusable="false" aria-hidden="true">
      <path
        fill="currentColor"
        d="M12.688 5.61a.5.5 0 01.69.718l-.066.062-5 4a.5.5 0 01-.542.054l-.082-.054-5-4a.5.5 0 01.55-.83l.074.05L8 9.359l4.688-3.75z"
      />
    </svg>
  );
}

/**
 * The district at a glance: a badge, why, the evidence on demand, and what to doubt. During a
 * walk (`inWalk`) the why joins the evidence behind its button, beside the badge: one line, so
 * the question stays near the top; the warnings stay in view.
 */
export function DistrictSummary({ classification, inWalk }: { classification: Classification; inWalk: boolean }) {
  const t = useT();
  const { settings } = useSettings();
  // A disclosure button rather than Garden's accordion: the same behaviour, without its package on the first screen.
  const [showEvidence, setShowEvidence] = useState(false);
  const reason = <SM>{say(t, badgeReason(classification, settings))}</SM>;
  const evidenceButton = (
    <Button size="small" isBasic aria-expanded={showEvidence} aria-controls="district-evidence" onClick={() => setShowEvidence((v) => !v)}>
      {t('district.evidence')}
      <Button.EndIcon isRotated={showEvidence}>
        <ChevronDown />
      </Button.EndIcon>
    </Button>
  );
  return (
    <Stack as="section" aria-label={t('district.title')}>
      <Row>
        <SM isBold>{t('district.title')}</SM>
        <Tag hue={KIND_HUE[classification.kind]} data-kind={classification.kind}>
          <span>{t(KIND_LABEL[classification.kind])}</span>
        </Tag>
        {inWalk && evidenceButton}
      </Row>
      {!inWalk && reason}
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
      <div>
        {!inWalk && evidenceButton}
        <div id="district-evidence" hidden={!showEvidence}>
          {inWalk && reason}
          {showEvidence && (
            <Suspense fallback={null}>
              <DistrictEvidence evidence={classification.evidence} />
            </Suspense>
          )}
        </div>
      </div>
    </Stack>
  );
}
