import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import { useEffect, useRef, type ReactNode } from 'react';
import styled from 'styled-components';
import type { WalkState } from '../../triage/engine';
import type { Outcome, OutcomeKind, Tree } from '../../triage/tree';
import { useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import type { MessageKey } from '../shell/i18n/strings';
import { Row, Stack, Steps } from '../shell/layout';
import { Filled } from '../shell/TextParts';
import { useProcedureText } from '../walk/useProcedureLanguages';
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

/** Headings spaced by the stack alone: the browser's own heading margins would push the write off the first screen. */
const Section = styled(Stack)`
  & > h2,
  & > h3 {
    margin: 0;
  }
`;

/** What to do reads first: the theme's body size, not the sidebar's small type. */
const Actions = styled(Steps)`
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
`;

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
  const text = useProcedureText();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusKey = session.moves;
  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);

  const planned = usePlannedNote(tree, walk, outcome);
  const { handoff } = outcome;
  const written = session.written || planned.compared.kind === 'same';

  return (
    <Section as="section" aria-labelledby="outcome-title" data-outcome={outcome.id}>
      <Row>
        <SM isBold>{t('outcome.title')}</SM>
        <Tag hue={outcome.kind.startsWith('escalate') ? 'yellow' : 'grey'}>
          <span>{t(kindLabel(outcome))}</span>
        </Tag>
      </Row>
      <MD isBold tag="h2" id="outcome-title" ref={heading} tabIndex={-1} lang={text.lang}>
        {text.fill(outcome.title)}
      </MD>

      {/* In the order the agent acts: what to do, what the write needs, the write; the rest folded below. */}
      <MD isBold tag="h3">
        {t('outcome.actions')}
      </MD>
      <Actions lang={text.lang}>
        {outcome.agentActions.map((action) => (
          <li key={action}>
            <Filled text={action} vars={{ words: text.words }} />
          </li>
        ))}
      </Actions>
      {(outcome.roles ?? []).map((role) => (
        <SM key={role} lang={text.lang}>
          {t('outcome.role')} <Filled text={`{{role.${role}}}`} vars={{ words: text.words }} />
        </SM>
      ))}
      {outcome.warnings.length > 0 && (
        <Alert type="warning" aria-label={t('outcome.warnings')}>
          {outcome.warnings.map((w) => (
            <Alert.Paragraph key={w} lang={text.lang}>
              <Filled text={w} vars={{ words: text.words }} />
            </Alert.Paragraph>
          ))}
        </Alert>
      )}
      {handoff?.kind === 'procedure' && <HandoffProcedure label={handoff.label} link={handoff.link} />}

      <CollectFields
        fields={outcome.collect}
        collected={session.collected}
        suggested={planned.suggested}
        onChange={(field, value) => dispatch({ type: 'collect', field, value })}
      />
      <RemarkField value={session.remark} onChange={(value) => dispatch({ type: 'remark', value })} />
      {actions?.(outcome, planned.values)}
      <OutcomeWrite walk={walk} outcome={outcome} planned={planned} />
      {handoff?.kind === 'tree' && <ContinueIn outcome={outcome} tree={handoff.tree} written={written} />}

      {outcome.customerGuidance !== null && <CustomerGuidance tree={tree.id} outcome={outcome.id} />}
      {planned.plan && <PlannedNote plan={planned.plan} written={written} />}
      {snapshot.currentUser?.role === 'admin' && settings.outcome_field_id !== undefined && (
        <OutcomeFieldCheck fieldId={settings.outcome_field_id} outcomeId={outcome.id} />
      )}
    </Section>
  );
}
