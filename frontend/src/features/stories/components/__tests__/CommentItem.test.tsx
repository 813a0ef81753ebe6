import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { CommentFieldsFragment } from '../../../../gql/graphql';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
import { CommentItem } from '../CommentItem';

const comment = (overrides: Partial<CommentFieldsFragment> = {}): CommentFieldsFragment => ({
  __typename: 'Comment',
  id: 'c1',
  body: 'Buy cheap watches',
  parentId: null,
  hidden: false,
  deleted: false,
  createdAt: '2026-06-01T10:00:00.000Z',
  author: { __typename: 'User', id: 'u2', displayName: 'Spammer', avatarUrl: null },
  ...overrides,
});

describe('CommentItem', () => {
  it('keeps a hidden comment\'s place for readers, saying a moderator hid it, without its words', () => {
    renderWithProviders(<CommentItem comment={comment({ hidden: true })} />);
    expect(screen.getByText('This comment was hidden by a moderator.')).toBeInTheDocument();
    expect(screen.queryByText('Buy cheap watches')).not.toBeInTheDocument();
    expect(screen.queryByText('Spammer')).not.toBeInTheDocument();
  });

  it('offers moderators "Hide" in the comment\'s actions, and shows them what a hidden one said', async () => {
    const user = userEvent.setup();
    const onHide = vi.fn();
    const { rerender } = renderWithProviders(<CommentItem comment={comment()} onHide={onHide} canSeeHidden />);
    await user.click(screen.getByRole('button', { name: /^Hide\s*the comment by Spammer$/ }));
    expect(onHide).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }));
    // The author's name links to their profile: the rerendered tree needs the router too.
    rerender(
      <MemoryRouter>
        <CommentItem comment={comment({ hidden: true })} onHide={onHide} canSeeHidden />
      </MemoryRouter>,
    );
    expect(screen.getByText('Buy cheap watches')).toBeInTheDocument();
    expect(screen.getByText('Hidden from readers')).toBeInTheDocument();
  });

  it('offers "Delete" on one\'s own comment only, and shows a deleted one as "[deleted]" without author', async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn();
    const own = renderWithProviders(<CommentItem comment={comment()} viewerId="u2" onDelete={onDelete} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }));
    own.unmount();
    const others = renderWithProviders(<CommentItem comment={comment()} viewerId="u3" onDelete={onDelete} />);
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    others.unmount();
    renderWithProviders(<CommentItem comment={comment({ deleted: true, body: '[deleted]', author: { ...comment().author, id: '0', displayName: '[deleted]' } })} viewerId="u2" onDelete={onDelete} />);
    expect(screen.getByText('[deleted]')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});
