import type { ReactNode } from 'react';
import type { StoryCardFieldsFragment } from '../gql/graphql';
import { ErrorNotice } from './ErrorNotice';
import { PagedList, type ConnectionPage, type PagedQuery } from './PagedList';
import { StoryCard } from './StoryCard/StoryCard';

/** Cards in the first screenful on a phone (two columns, two rows): their photos load eagerly. */
const EAGER_CARDS = 4;

interface StoryGridProps {
  page: ConnectionPage<StoryCardFieldsFragment> | null | undefined;
  query: PagedQuery & { error?: unknown; refetch: () => Promise<unknown> };
  empty: ReactNode;
}

/** A paged grid of story cards (profiles, search, hashtags), with "show more". */
export function StoryGrid({ page, query, empty }: StoryGridProps) {
  return (
    <PagedList page={page} query={query} loadingLines={4} empty={empty}>
      {(stories) => (
        <>
          <ul className="story-grid">
            {stories.map((story, index) => (
              <li key={story.id}>
                <StoryCard story={story} eager={index < EAGER_CARDS} />
              </li>
            ))}
          </ul>
          {query.error ? <ErrorNotice error={query.error} compact /> : null}
        </>
      )}
    </PagedList>
  );
}
