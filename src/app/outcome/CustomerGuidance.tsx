import { Button } from '@zendeskgarden/react-buttons';
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import { useState } from 'react';
import styled from 'styled-components';
import { insertIntoPublicReply, markPlaceholders, placeholders, type ReplyInsert } from '../../zendesk/reply';
import { useClient } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import { Panel, Row } from '../shell/layout';

const Guidance = styled(Paragraph)`
  white-space: pre-wrap;
`;

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

/** What to tell the customer (its placeholders filled), with Insert into reply. */
export function CustomerGuidance({ guidance }: { guidance: string }) {
  const t = useT();
  const client = useClient();
  // `again`: Insert was pressed once more after the text went in; it is not pasted twice unasked.
  const [inserted, setInserted] = useState<{ result: ReplyInsert; again: boolean } | null>(null);
  const insert = async () => {
    setInserted({ result: await insertIntoPublicReply(client, markPlaceholders(guidance)), again: false });
  };
  const onInsert = () => (inserted?.result.ok ? setInserted({ ...inserted, again: true }) : void insert());
  return (
    <Panel>
      <SM isBold tag="h3">
        {t('outcome.guidance')}
      </SM>
      <Guidance size="small" lang="en">
        {guidance}
      </Guidance>
      <Row>
        <Button size="small" onClick={onInsert}>
          {t('outcome.insert')}
        </Button>
        <span role="status">{inserted !== null && <Inserted result={inserted.result} again={inserted.again} toFill={placeholders(guidance)} />}</span>
      </Row>
      {inserted?.again && (
        <Button size="small" isBasic onClick={insert}>
          {t('outcome.insertAgain')}
        </Button>
      )}
    </Panel>
  );
}
