import { SM } from '@zendeskgarden/react-typography';
import { Tag } from '@zendeskgarden/react-tags';
import { Fragment, useState } from 'react';
import styled from 'styled-components';
import type { WritePlan } from '../../triage/writePlan';
import { useT } from '../shell/i18n/I18nProvider';
import { Row } from '../shell/layout';
import { DisclosureButton } from '../shell/DisclosureButton';
import { NotePreview } from './NotePreview';

/** A tag that wraps only when it alone is wider than the sidebar (Garden's would cut it short), and then at an underscore. */
const WrappingTag = styled(Tag)`
  height: auto;
  & > span {
    white-space: normal;
    overflow-wrap: anywhere;
    text-align: start;
  }
`;

const breakable = (tag: string) =>
  tag.split('_').map((part, i, parts) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </Fragment>
  ));

/** The note the write sends (folded) and the tags it adds, or added once `written`. */
export function PlannedNote({ plan, written }: { plan: WritePlan; written: boolean }) {
  const t = useT();
  const [showNote, setShowNote] = useState(false);
  const tagsLabel = t(written ? 'outcome.tags.added' : 'outcome.tags');
  return (
    <>
      <SM isBold tag="h3">
        <DisclosureButton expanded={showNote} controls="note-panel" onToggle={() => setShowNote((v) => !v)}>
          {t('outcome.preview.toggle')}
        </DisclosureButton>
      </SM>
      {/* Closed by default, so what to do comes first; always in the page, as the note that the write sends. */}
      <div id="note-panel" hidden={!showNote}>
        <NotePreview id="note-preview" note={plan.note} label={t('outcome.preview')} />
      </div>
      <SM isBold tag="h3">
        {tagsLabel}
      </SM>
      <Row aria-label={tagsLabel} role="list">
        {plan.tags.map((tag) => (
          <WrappingTag key={tag} size="small" role="listitem">
            <span>{breakable(tag)}</span>
          </WrappingTag>
        ))}
      </Row>
    </>
  );
}
