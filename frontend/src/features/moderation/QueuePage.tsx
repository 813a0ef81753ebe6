import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PagedList } from '../../components/PagedList';
import type { QueueStoryFieldsFragment, StoryStatus } from '../../gql/graphql';
import { ModerationCampaignsDocument } from './api/moderationCampaigns';
import { ModerationQueueDocument } from './api/moderationQueue';
import { StorySubmittedDocument } from './api/storySubmitted';
import { QueueItem, DECISIONS_BY_STATUS, SHORTCUTS } from './components/QueueItem';
import { RejectDialog } from './components/RejectDialog';
import { RoleDialog, type RoleTarget } from './components/RoleDialog';
import { SuspendDialog, type SuspendTarget } from './components/SuspendDialog';
import { useModerateStory } from './useModerateStory';

const STATUSES: readonly StoryStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'REMOVED'];
const PAGE_SIZE = 20;

/** Single-key shortcuts must not fire while typing or while a dialog is open. */
function shortcutsAllowed(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return false;
  return !document.querySelector('dialog[open]');
}

export function QueuePage() {
  const { t } = useTranslation();
  const statusId = useId();
  const campaignFilterId = useId();
  const [status, setStatus] = useState<StoryStatus>('PENDING');
  const [campaignId, setCampaignId] = useState<string>('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<QueueStoryFieldsFragment | null>(null);
  const [suspending, setSuspending] = useState<SuspendTarget | null>(null);
  const [changingRole, setChangingRole] = useState<RoleTarget | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  const [arrivals, setArrivals] = useState(0);
  const lastIndex = useRef(0);
  const itemRefs = useRef(new Map<string, HTMLElement>());
  const decide = useModerateStory();

  const variables = { status, campaignId: campaignId || null, first: PAGE_SIZE };
  const query = useQuery(ModerationQueueDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const campaigns = useQuery(ModerationCampaignsDocument);

  // New submissions arrive at the top of the PENDING queue as they are posted.
  useSubscription(StorySubmittedDocument, {
    variables: { campaignId: campaignId || null },
    skip: status !== 'PENDING',
    onData: ({ data: pushed }) => {
      const story = pushed.data?.storySubmitted;
      if (!story) return;
      query.client.cache.updateQuery({ query: ModerationQueueDocument, variables }, (current) => {
        if (!current || current.moderationQueue.nodes.some((node) => node.id === story.id)) return current;
        return { moderationQueue: { ...current.moderationQueue, nodes: [story, ...current.moderationQueue.nodes] } };
      });
      setArrivals((count) => count + 1);
    },
  });

  const queue = query.data?.moderationQueue;
  // Decided stories vanish at once (optimistic status), even before the server answers.
  const stories = (queue?.nodes ?? []).filter((story) => story.status === status);
  let selectedIndex = stories.findIndex((story) => story.id === selectedId);
  if (selectedIndex < 0 && stories.length > 0) selectedIndex = Math.min(lastIndex.current, stories.length - 1);
  const selected = selectedIndex >= 0 ? stories[selectedIndex] : undefined;
  lastIndex.current = Math.max(0, selectedIndex);

  const select = (index: number) => {
    const story = stories[index];
    if (!story) return;
    setSelectedId(story.id);
    const element = itemRefs.current.get(story.id);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  };

  // Read the latest values inside the one long-lived key listener.
  const latest = useRef({ stories, selectedIndex, selected, decide, select });
  latest.current = { stories, selectedIndex, selected, decide, select };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!shortcutsAllowed(event)) return;
      const { stories: list, selectedIndex: index, selected: story, decide: act, select: pick } = latest.current;
      const key = event.key.toLowerCase();
      if (key === '?') {
        setShowHelp((value) => !value);
      } else if (key === 'j') {
        pick(Math.min(list.length - 1, index + 1));
      } else if (key === 'k') {
        pick(Math.max(0, index - 1));
      } else if (story) {
        const decision = DECISIONS_BY_STATUS[story.status].find((candidate) => SHORTCUTS[candidate] === key);
        if (!decision) return;
        if (decision === 'REJECT') setRejecting(story);
        else void act(story, decision);
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section aria-labelledby="queue-title">
      <div className="section-heading">
        <h1 id="queue-title" className="page-title">
          {t('moderation.queueTitle')}
        </h1>
        <button type="button" className="button button--ghost button--small" aria-expanded={showHelp} onClick={() => setShowHelp((value) => !value)}>
          {t('moderation.shortcutsButton')}
        </button>
      </div>
      {showHelp && (
        <dl className="shortcut-help">
          <dt>
            <kbd>J</kbd> / <kbd>K</kbd>
          </dt>
          <dd>{t('moderation.shortcuts.move')}</dd>
          <dt>
            <kbd>A</kbd>
          </dt>
          <dd>{t('moderation.decision.APPROVE')}</dd>
          <dt>
            <kbd>R</kbd>
          </dt>
          <dd>{t('moderation.shortcuts.reject')}</dd>
          <dt>
            <kbd>X</kbd>
          </dt>
          <dd>{t('moderation.decision.REMOVE')}</dd>
          <dt>
            <kbd>U</kbd>
          </dt>
          <dd>{t('moderation.decision.RESTORE')}</dd>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>{t('moderation.shortcuts.help')}</dd>
        </dl>
      )}
      <div className="filters">
        <div className="field field--inline">
          <label htmlFor={statusId} className="field__label">
            {t('moderation.statusFilter')}
          </label>
          <select id={statusId} className="field__control" value={status} onChange={(event) => setStatus(event.target.value as StoryStatus)}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`storyStatus.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor={campaignFilterId} className="field__label">
            {t('moderation.campaignFilter')}
          </label>
          <select id={campaignFilterId} className="field__control" value={campaignId} onChange={(event) => setCampaignId(event.target.value)}>
            <option value="">{t('moderation.allCampaigns')}</option>
            {campaigns.data?.campaigns.nodes.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="live-note" aria-live="polite">
        {arrivals > 0 ? t('moderation.arrivals', { count: arrivals }) : ''}
      </p>
      <PagedList
        page={queue}
        nodes={stories}
        query={query}
        empty={<EmptyState title={t('moderation.queueEmpty')}>{status === 'PENDING' ? t('moderation.queueEmptyHint') : null}</EmptyState>}
      >
        {(list) => (
          <ol className="stack stack--loose queue-list">
            {list.map((story, index) => (
              <li key={story.id}>
                <QueueItem
                  ref={(element) => {
                    if (element) itemRefs.current.set(story.id, element);
                    else itemRefs.current.delete(story.id);
                  }}
                  story={story}
                  selected={index === selectedIndex}
                  onSelect={() => setSelectedId(story.id)}
                  onDecide={(decision) => void decide(story, decision)}
                  onReject={() => setRejecting(story)}
                  onSuspend={() => setSuspending(story.author)}
                  onChangeRole={setChangingRole}
                />
              </li>
            ))}
          </ol>
        )}
      </PagedList>
      <RejectDialog
        storyTitle={rejecting?.title ?? null}
        onClose={() => setRejecting(null)}
        onReject={(reason) => {
          if (rejecting) void decide(rejecting, 'REJECT', reason);
        }}
      />
      <SuspendDialog user={suspending} onClose={() => setSuspending(null)} />
      <RoleDialog user={changingRole} onClose={() => setChangingRole(null)} />
    </section>
  );
}
