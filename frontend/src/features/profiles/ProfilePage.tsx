import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Avatar } from '../../components/Avatar';
import { CompactNumber } from '../../components/CompactNumber';
import { EmptyState } from '../../components/EmptyState';
import { PageFallback } from '../../components/PageFallback';
import { StoryGrid } from '../../components/StoryGrid';
import { useViewer } from '../../lib/session/ViewerContext';
import { UserProfileDocument } from './api/userProfile';
import { OwnPointsBalance } from './components/OwnPointsBalance';
import { ProfileEditor } from './components/ProfileEditor';

const PAGE_SIZE = 12;

/** Anyone's public profile: who they are, their numbers and their published stories. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const query = useQuery(UserProfileDocument, { variables: { id, first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const user = query.data?.user;
  if (!user) return <PageFallback loaded={!!query.data} error={query.error} onRetry={() => void query.refetch()} title={t('profile.notFound')} />;

  return (
    <div className="page profile-page">
      <header className="card card--large profile-hero">
        <Avatar name={user.displayName} url={user.avatarUrl} size="medium" />
        <div className="stack stack--tight">
          <h1 className="profile-hero__name">{user.displayName}</h1>
          {user.bio && <p className="profile-hero__bio">{user.bio}</p>}
          <p className="cluster muted">
            <span>
              {t('profile.storyCountLabel')}: <CompactNumber value={user.approvedStoryCount} />
            </span>
            <span>
              {t('profile.likesLabel')}: <CompactNumber value={user.likesReceived} />
            </span>
            {viewer?.id === user.id && <OwnPointsBalance />}
          </p>
          {viewer?.id === user.id && <ProfileEditor user={user} />}
        </div>
      </header>
      <section aria-labelledby="profile-stories-title">
        <h2 id="profile-stories-title" className="section-title">
          {t('profile.storiesTitle')}
        </h2>
        <StoryGrid page={user.stories} query={query} empty={<EmptyState title={t('profile.noStories')} />} />
      </section>
    </div>
  );
}
