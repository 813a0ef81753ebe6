import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { StoryGrid } from '../../components/StoryGrid';
import { SearchStoriesDocument } from './api/searchStories';
import { SearchBox } from './components/SearchBox';

const PAGE_SIZE = 12;

/** Results for `/search?q=…`, and a hashtag's page (`/tags/:tag`), which is the search for `#tag`. */
export function SearchPage() {
  const { t } = useTranslation();
  const { tag } = useParams();
  const [params] = useSearchParams();
  const text = tag ? `#${tag}` : (params.get('q') ?? '').trim();
  const query = useQuery(SearchStoriesDocument, {
    variables: { query: text, first: PAGE_SIZE },
    skip: !text,
    notifyOnNetworkStatusChange: true,
  });

  return (
    <div className="page search-page">
      <header className="stack stack--tight">
        <h1 className="section-title">{tag ? `#${tag}` : t('search.title')}</h1>
        {tag ? <p className="muted">{t('search.hashtagIntro', { tag })}</p> : <SearchBox initial={text} autoFocus={!text} />}
      </header>
      {text ? (
        <StoryGrid
          page={query.data?.searchStories}
          query={query}
          empty={<EmptyState title={t('search.noResults', { query: text })}>{t('search.noResultsHint')}</EmptyState>}
        />
      ) : (
        <p className="muted">{t('search.prompt')}</p>
      )}
    </div>
  );
}
