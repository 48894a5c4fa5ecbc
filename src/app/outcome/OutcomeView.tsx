import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef, type ReactNode } from 'react';
import type { WalkState } from '../../triage/engine';
import { fill, roleText } from '../../triage/treeText';
import type { Outcome, OutcomeKind, Tree } from '../../triage/tree';
import { useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import type { MessageKey } from '../shell/i18n/strings';
import { Row, Stack, Steps } from '../shell/layout';
import { useWalkContext } from '../walk/useTicketSession';
import { CollectFields } from './CollectFields';
import { CustomerGuidance } from './CustomerGuidance';
import { ContinueIn, HandoffProcedure } from './Handoff';
import { OutcomeFieldCheck } from './OutcomeFieldCheck';
import { OutcomeWrite } from './OutcomeWrite';
import { PlannedNote } from './PlannedNote';
import { RemarkField } from './RemarkField';
import { usePlannedNote } from './usePlannedNote';

const OUTCOME_KIND: Record<OutcomeKind, MessageKey> = {
  resolved: 'outcome.kind.resolved',
  refer: 'outcome.kind.refer',
  known_limitation: 'outcome.kind.known_limitation',
  escalate_tier2: 'outcome.kind.escalate_tier2',
  escalate_supervisor: 'outcome.kind.escalate_supervisor',
  escalate_techdev: 'outcome.kind.escalate_techdev',
  handoff: 'outcome.kind.handoff',
};

/** A handoff that sends the ticket back to Tier 1 is a return, not a move to another procedure. */
const kindLabel = (outcome: Outcome): MessageKey =>
  outcome.returnsToTier1 ? 'outcome.kind.returned_tier1' : OUTCOME_KIND[outcome.kind];

interface Props {
  tree: Tree;
  walk: WalkState;
  outcome: Outcome;
  /**
   * The caller's own controls for this outcome (Tier 2's "Create Jira issue"), shown just above
   * the write button, given the outcome and the values the note would hold: what they add is written with it.
   */
  actions?: (outcome: Outcome, collected: Readonly<Record<string, string>>) => ReactNode;
}

/** Where the walk ends: what to do, what to tell the customer, and the note and tags to write. */
export default function OutcomeView({ tree, walk, outcome, actions }: Props) {
  const t = useT();
  const { settings } = useSettings();
  const { session, snapshot, dispatch } = useWalkContext();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusKey = session.moves;
  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);

  const planned = usePlannedNote(tree, walk, outcome);
  const guidance = outcome.customerGuidance === null ? null : fill(outcome.customerGuidance, settings);
  const { handoff } = outcome;
  const written = session.written || planned.compared.kind === 'same';

  return (
    <Stack as="section" aria-labelledby="outcome-title" data-outcome={outcome.id}>
      <Row>
        <SM isBold>{t('outcome.title')}</SM>
        <Tag hue={outcome.kind.startsWith('escalate') ? 'yellow' : 'grey'}>
          <span>{t(kindLabel(outcome))}</span>
        </Tag>
      </Row>
      <MD isBold tag="h2" id="outcome-title" ref={heading} tabIndex={-1} lang="en">
        {fill(outcome.title, settings)}
      </MD>

      <SM isBold tag="h3">
        {t('outcome.actions')}
      </SM>
      <Steps lang="en">
        {outcome.agentActions.map((action) => (
          <li key={action}>{fill(action, settings)}</li>
        ))}
      </Steps>
      {(outcome.roles ?? []).map((role) => (
        <SM key={role} lang="en">
          {t('outcome.role', { role: roleText(settings, role) })}
        </SM>
      ))}

      {outcome.warnings.length > 0 && (
        <Alert type="warning">
          <Alert.Title>{t('outcome.warnings')}</Alert.Title>
          {outcome.warnings.map((w) => (
            <Alert.Paragraph key={w} lang="en">
              {fill(w, settings)}
            </Alert.Paragraph>
          ))}
        </Alert>
      )}

      {guidance !== null && <CustomerGuidance guidance={guidance} />}
      {handoff?.kind === 'procedure' && <HandoffProcedure label={handoff.label} link={handoff.link} />}

      <CollectFields
        fields={outcome.collect}
        collected={session.collected}
        suggested={planned.suggested}
        onChange={(field, value) => dispatch({ type: 'collect', field, value })}
      />
      <RemarkField value={session.remark} onChange={(value) => dispatch({ type: 'remark', value })} />

      {planned.plan && <PlannedNote plan={planned.plan} written={written} />}
      {snapshot.currentUser?.role === 'admin' && settings.outcome_field_id !== undefined && (
        <OutcomeFieldCheck fieldId={settings.outcome_field_id} outcomeId={outcome.id} />
      )}
      {actions?.(outcome, planned.values)}
      <OutcomeWrite walk={walk} outcome={outcome} planned={planned} />
      {handoff?.kind === 'tree' && <ContinueIn outcome={outcome} tree={handoff.tree} written={written} />}
    </Stack>
  );
}
