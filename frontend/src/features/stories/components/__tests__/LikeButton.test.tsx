import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../../lib/apollo/cache';
import { renderWithProviders, testViewer, IN_FLIGHT_MS } from '../../../../testing/renderWithProviders';
import { LikeButtonFields } from '../../api/likeButtonFields';
import { LikeStoryDocument } from '../../api/likeStory';
import { UnlikeStoryDocument } from '../../api/unlikeStory';
import { LikeButton } from '../LikeButton';

function cacheWithStory(likeCount: number, viewerHasLiked: boolean) {
  const cache = createCache();
  cache.writeFragment({ fragment: LikeButtonFields, data: { __typename: 'Story', id: 's1', likeCount, viewerHasLiked } });
  return cache;
}

const likeMock = (result: { likeCount: number; viewerHasLiked: boolean }) => ({
  request: { query: LikeStoryDocument, variables: { storyId: 's1' } },
  result: { data: { likeStory: { __typename: 'Story' as const, id: 's1', ...result } } },
  delay: IN_FLIGHT_MS,
});

describe('LikeButton', () => {
  it('answers a tap instantly (optimistic) and then keeps the server count', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LikeButton storyId="s1" signedIn isOwnStory={false} onRequireSignIn={vi.fn()} />, {
      cache: cacheWithStory(41, false),
      // The server says 43: someone else liked it meanwhile.
      mocks: [likeMock({ likeCount: 43, viewerHasLiked: true })],
    });

    const button = screen.getByRole('button', { name: /like this story/i });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('like-count')).toHaveTextContent('41');

    await user.click(button);

    // Before the (delayed) server answer arrives:
    expect(screen.getByRole('button', { name: /like this story/i })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('like-count')).toHaveTextContent('42');

    await waitFor(() => expect(screen.getByTestId('like-count')).toHaveTextContent('43'));
    expect(screen.getByRole('button', { name: /like this story/i })).toHaveAttribute('aria-pressed', 'true');
  });

  it('unlikes optimistically too', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LikeButton storyId="s1" signedIn isOwnStory={false} onRequireSignIn={vi.fn()} />, {
      cache: cacheWithStory(10, true),
      mocks: [
        {
          request: { query: UnlikeStoryDocument, variables: { storyId: 's1' } },
          result: { data: { unlikeStory: { __typename: 'Story', id: 's1', likeCount: 9, viewerHasLiked: false } } },
          delay: IN_FLIGHT_MS,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /like this story/i }));
    expect(screen.getByTestId('like-count')).toHaveTextContent('9');
    expect(screen.getByRole('button', { name: /like this story/i })).toHaveAttribute('aria-pressed', 'false');
  });

  it('rolls back when the server refuses', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LikeButton storyId="s1" signedIn isOwnStory={false} onRequireSignIn={vi.fn()} />, {
      cache: cacheWithStory(5, false),
      mocks: [{ request: { query: LikeStoryDocument, variables: { storyId: 's1' } }, error: new Error('offline'), delay: IN_FLIGHT_MS }],
    });
    await user.click(screen.getByRole('button', { name: /like this story/i }));
    expect(screen.getByTestId('like-count')).toHaveTextContent('6');
    await waitFor(() => expect(screen.getByTestId('like-count')).toHaveTextContent('5'));
    expect(screen.getByRole('button', { name: /like this story/i })).toHaveAttribute('aria-pressed', 'false');
  });

  it('asks signed-out people to log in instead of liking', async () => {
    const user = userEvent.setup();
    const onRequireSignIn = vi.fn();
    renderWithProviders(<LikeButton storyId="s1" signedIn={false} isOwnStory={false} onRequireSignIn={onRequireSignIn} />, {
      cache: cacheWithStory(3, false),
    });
    await user.click(screen.getByRole('button', { name: /like this story/i }));
    expect(onRequireSignIn).toHaveBeenCalledOnce();
    expect(screen.getByTestId('like-count')).toHaveTextContent('3');
  });

  it('follows live count updates written to the cache (storyUpdated)', async () => {
    const cache = cacheWithStory(7, false);
    renderWithProviders(<LikeButton storyId="s1" signedIn isOwnStory={false} onRequireSignIn={vi.fn()} />, { cache });
    act(() => {
      cache.writeFragment({ fragment: LikeButtonFields, data: { __typename: 'Story', id: 's1', likeCount: 12000, viewerHasLiked: false } });
    });
    await waitFor(() => expect(screen.getByTestId('like-count')).toHaveTextContent('12K'));
  });

  it('cannot be used on your own story', () => {
    renderWithProviders(<LikeButton storyId="s1" signedIn isOwnStory onRequireSignIn={vi.fn()} />, { cache: cacheWithStory(2, false) });
    expect(screen.getByRole('button', { name: /like this story/i })).toBeDisabled();
  });

  it('is named by what it shows: the name contains the visible count (no aria-label hiding it)', () => {
    renderWithProviders(<LikeButton storyId="s1" signedIn isOwnStory={false} onRequireSignIn={vi.fn()} />, { cache: cacheWithStory(12, false) });
    const button = screen.getByRole('button', { name: /like this story/i });
    expect(button).toHaveAccessibleName(/^Like this story\s*12\s*likes$/);
    expect(button).not.toHaveAttribute('aria-label');
    expect(screen.getByTestId('like-count')).toHaveTextContent('12');
  });

  it('is disabled for a suspended person, with the end of the suspension beside it', () => {
    renderWithProviders(<LikeButton storyId="s1" signedIn isOwnStory={false} onRequireSignIn={vi.fn()} />, {
      cache: cacheWithStory(3, false),
      viewer: testViewer({ suspendedUntil: '2099-03-04T05:06:00.000Z' }),
    });
    const button = screen.getByRole('button', { name: /like this story/i });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/You can like and comment again from .*2099/);
  });
});
