import { Anchor } from '@zendeskgarden/react-buttons';
import { SM } from '@zendeskgarden/react-typography';
import type { LinkKey } from '../../triage/settings';
import { linkUrl } from '../../triage/treeText';
import type { Outcome, TreeId } from '../../triage/tree';
import { TREES } from '../../trees';
import { useSettings } from '../shell/ClientProvider';
import { useT } from '../shell/i18n/I18nProvider';
import { useWalkContext } from '../walk/useTicketSession';
import { WrappingButton } from '../shell/WrappingButton';

/** An outcome that hands over to a procedure outside the app: its name, and its link when set. */
export function HandoffProcedure({ label, link }: { label: string; link: LinkKey | null | undefined }) {
  const t = useT();
  const { settings } = useSettings();
  const url = link ? linkUrl(settings, link) : null;
  return (
    <SM lang="en">
      {t('outcome.continueWith', { label })}{' '}
      {url !== null && (
        <Anchor href={url} target="_blank" rel="noopener noreferrer" isExternal externalIconLabel={t('link.newTab')}>
          {t('outcome.openLink')}
        </Anchor>
      )}
    </SM>
  );
}

/**
 * An outcome that continues in another of the app's procedures. Continuing starts a new walk: what is
 * filled in here and not written is dropped, so the button says so. Shown after the write, which comes first.
 */
export function ContinueIn({ outcome, tree, written }: { outcome: Outcome; tree: TreeId; written: boolean }) {
  const t = useT();
  const { session, dispatch } = useWalkContext();
  const { remark, collected } = session;
  const filled = remark.trim() !== '' || outcome.collect.some((f) => (collected[f.id] ?? '').trim() !== '');
  const unwritten = filled && !written;
  return (
    <>
      {unwritten && <SM id="continue-unwritten">{t('outcome.continueIn.discards')}</SM>}
      <WrappingButton
        isStretched
        aria-describedby={unwritten ? 'continue-unwritten' : undefined}
        onClick={() => dispatch({ type: 'handoff', trees: TREES, outcome })}
      >
        {t(unwritten ? 'outcome.continueIn.unwritten' : 'outcome.continueIn', { title: TREES[tree].title })}
      </WrappingButton>
    </>
  );
}
