import { Button, ToggleButton } from '@zendeskgarden/react-buttons';
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import styled from 'styled-components';
import { fill } from '../../triage/treeText';
import { LANGUAGES, type Language, type TreeId } from '../../triage/tree';
import { insertIntoPublicReply, markPlaceholders, placeholders, type ReplyInsert } from '../../zendesk/reply';
import { useClient, useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import { DisclosureButton } from '../shell/DisclosureButton';
import { Panel, Row } from '../shell/layout';
import { withAddresses } from '../../triage/textParts';
import { TextParts } from '../shell/TextParts';
import { useWalkContext } from '../walk/useTicketSession';

const Guidance = styled(Paragraph)`
  white-space: pre-wrap;
`;

const LANGUAGE_NAME = { en: 'outcome.guidance.language.en', es: 'outcome.guidance.language.es' } as const;

/** What Insert into reply did: where the text went, and what the agent must still write in it. */
function Inserted({ result, again, toFill }: { result: ReplyInsert; again: boolean; toFill: string[] }) {
  const t = useT();
  if (!result.ok) return <SM>{t('outcome.insertFailed')}</SM>;
  return (
    <>
      <SM>{t(again ? 'outcome.insertedAlready' : 'outcome.inserted')}</SM>
      {result.switched && <SM>{t('outcome.insertSwitched')}</SM>}
      {toFill.length > 0 && <SM isBold>{t('outcome.fillIn', { items: toFill.join('; ') })}</SM>}
    </>
  );
}

/**
 * What to tell the customer (its placeholders filled), folded below the write, with Insert into
 * reply. It is offered first in the requester's language, whatever the agent's, and in the other
 * one a click away.
 */
export function CustomerGuidance({ tree, outcome }: { tree: TreeId; outcome: string }) {
  const t = useT();
  const client = useClient();
  const { settings } = useSettings();
  const { languages } = useWalkContext();
  const texts = LANGUAGES.flatMap((language) => {
    const text = languages.trees[language][tree].outcomes[outcome]?.customerGuidance;
    return text ? [{ language, text: fill(text, settings, { words: languages.words[language].fill }) }] : [];
  });
  // Two languages are offered when the second says something else (its words may not have loaded).
  const offered = texts.filter((x, i) => texts.findIndex((y) => y.text === x.text) === i);
  const [chosen, setChosen] = useState<Language>(languages.requester);
  const [open, setOpen] = useState(false);
  const shown = offered.find((x) => x.language === chosen) ?? offered[0];
  // `again`: Insert was pressed once more after this text went in; it is not pasted twice unasked.
  const [inserted, setInserted] = useState<{ result: ReplyInsert; again: boolean; text: string } | null>(null);
  if (!shown) return null;
  const insert = async () => {
    setInserted({ result: await insertIntoPublicReply(client, markPlaceholders(shown.text)), again: false, text: shown.text });
  };
  const onInsert = () => (inserted?.result.ok && inserted.text === shown.text ? setInserted({ ...inserted, again: true }) : void insert());
  return (
    <section aria-label={t('outcome.guidance')}>
      <SM tag="h3">
        <DisclosureButton expanded={open} controls="guidance-panel" onToggle={() => setOpen((v) => !v)}>
          {t('outcome.guidance')}
        </DisclosureButton>
      </SM>
      {/* A plain wrapper carries `hidden`: the panel's own display would override it. */}
      <div id="guidance-panel" hidden={!open}>
        <Panel>
          {offered.length > 1 && (
            <Row role="group" aria-label={t('outcome.guidance.language')}>
              {offered.map(({ language }) => (
                <ToggleButton key={language} size="small" isPressed={language === shown.language} onClick={() => setChosen(language)} lang={language}>
                  {t(LANGUAGE_NAME[language])}
                </ToggleButton>
              ))}
            </Row>
          )}
          <Guidance size="small" lang={shown.language}>
            <TextParts parts={withAddresses(shown.text)} />
          </Guidance>
          <Row>
            <Button size="small" onClick={onInsert}>
              {t('outcome.insert')}
            </Button>
            <span role="status">
              {inserted !== null && inserted.text === shown.text && <Inserted result={inserted.result} again={inserted.again} toFill={placeholders(shown.text)} />}
            </span>
          </Row>
          {inserted?.again && inserted.text === shown.text && (
            <Button size="small" isBasic onClick={insert}>
              {t('outcome.insertAgain')}
            </Button>
          )}
        </Panel>
      </div>
    </section>
  );
}
