import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../shell/i18n/I18nProvider';
import type { Message } from '../shell/i18n/catalog';
import { say } from '../shell/i18n/strings';
import { Row } from '../shell/layout';

type Discarding = 'restart' | 'leave';

interface Props {
  /** The agent's own answers on the path: what Back takes back, and what Restart and leaving clear. */
  answers: number;
  /** Something typed for the outcome (a collected value, the remark), which Restart and leaving clear too. */
  typed: boolean;
  onBack: () => void;
  onRestart: () => void;
  onLeave: () => void;
}

/** What a discard would clear, in words ("5 answers and what you typed"), or null when nothing. */
function lost(answers: number, typed: boolean): Message | null {
  const counted: Message = { key: answers === 1 ? 'walk.confirm.answers.one' : 'walk.confirm.answers.other', vars: { count: answers } };
  if (answers > 0) return typed ? { key: 'walk.confirm.both', vars: { answers: counted } } : counted;
  return typed ? { key: 'walk.confirm.typed' } : null;
}

/**
 * Back, Restart and Choose another procedure. The last two throw the agent's work away: when
 * there is some, they ask first, inline, with the focus on Cancel (Escape cancels too) and
 * back on the button that asked once cancelled. With nothing to lose they act at once.
 */
export function WalkActions({ answers, typed, onBack, onRestart, onLeave }: Props) {
  const t = useT();
  const [asking, setAsking] = useState<Discarding | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const openers = { restart: useRef<HTMLButtonElement>(null), leave: useRef<HTMLButtonElement>(null) };
  const what = lost(answers, typed);
  const act = { restart: onRestart, leave: onLeave };

  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);

  const request = (discarding: Discarding) => (what ? setAsking(discarding) : act[discarding]());
  const dismiss = () => {
    if (asking) openers[asking].current?.focus();
    setAsking(null);
  };
  const confirm = (discarding: Discarding) => {
    setAsking(null);
    act[discarding]();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') dismiss();
  };
  const label = { restart: t('walk.restart'), leave: t('walk.changeProcedure') };

  return (
    <>
      <Row>
        <Button size="small" disabled={answers === 0} onClick={onBack}>
          {t('walk.back')}
        </Button>
        <Button ref={openers.restart} size="small" onClick={() => request('restart')}>
          {label.restart}
        </Button>
        <Button ref={openers.leave} size="small" isBasic onClick={() => request('leave')}>
          {label.leave}
        </Button>
      </Row>
      {asking && what && (
        <Alert type="warning" role="alertdialog" aria-labelledby="walk-confirm" onKeyDown={onKeyDown}>
          <Alert.Paragraph id="walk-confirm">{say(t, { key: `walk.confirm.${asking}`, vars: { what } })}</Alert.Paragraph>
          <Row>
            <Button size="small" isDanger onClick={() => confirm(asking)}>
              {label[asking]}
            </Button>
            <Button ref={cancel} size="small" onClick={dismiss}>
              {t('walk.confirm.cancel')}
            </Button>
          </Row>
        </Alert>
      )}
    </>
  );
}
