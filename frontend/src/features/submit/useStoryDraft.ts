import { useCallback, useEffect, useState } from 'react';
import { REUSE_SCOPES, reuseScopesOf } from '../../components/UsageRights/usageScopes';
import type { UsageScope } from '../../gql/graphql';

/** What an unsent story keeps in the browser: its words (photos are files, and are picked again). */
export interface StoryDraft {
  title: string;
  body: string;
  /** The reuse scopes ticked (COMMUNITY comes with posting). */
  usageScopes: UsageScope[];
}

const EMPTY: StoryDraft = { title: '', body: '', usageScopes: [] };
const SAVE_DELAY_MS = 400;
const keyOf = (campaignId: string) => `ugc.storyDraft.${campaignId}`;

function read(campaignId: string): StoryDraft | null {
  try {
    const saved = JSON.parse(window.localStorage.getItem(keyOf(campaignId)) ?? 'null') as (Partial<StoryDraft> & { grantUsageRights?: boolean }) | null;
    if (!saved || (typeof saved.title !== 'string' && typeof saved.body !== 'string')) return null;
    // A draft from before scopes kept one yes/no, which meant every scope.
    const usageScopes = Array.isArray(saved.usageScopes) ? reuseScopesOf(saved.usageScopes.map(String)) : saved.grantUsageRights === true ? [...REUSE_SCOPES] : [];
    return { title: String(saved.title ?? ''), body: String(saved.body ?? ''), usageScopes };
  } catch {
    return null;
  }
}

function write(campaignId: string, draft: StoryDraft | null): void {
  try {
    if (draft && (draft.title.trim() || draft.body.trim())) window.localStorage.setItem(keyOf(campaignId), JSON.stringify(draft));
    else window.localStorage.removeItem(keyOf(campaignId));
  } catch {
    // Storage full or disabled: the draft lives only as long as the page.
  }
}

/**
 * The story being written for a campaign, kept in localStorage as it is typed (a reload, a
 * closed tab or a phone that drops the page loses nothing), and forgotten once it is sent.
 */
export function useStoryDraft(campaignId: string) {
  const [initial] = useState(() => read(campaignId));
  const [draft, setDraft] = useState<StoryDraft>(initial ?? EMPTY);

  useEffect(() => {
    const timer = setTimeout(() => write(campaignId, draft), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [campaignId, draft]);

  const update = useCallback((changes: Partial<StoryDraft>) => setDraft((current) => ({ ...current, ...changes })), []);
  const discard = useCallback(() => {
    write(campaignId, null);
    setDraft(EMPTY);
  }, [campaignId]);

  return { draft, update, discard, restored: !!initial };
}
