import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testViewer } from '../../../../testing/renderWithProviders';
import { CommentForm } from '../CommentForm';

describe('CommentForm', () => {
  it('is disabled for a suspended person, saying until when beside the field', () => {
    renderWithProviders(<CommentForm storyId="s1" replyTo={null} onCancelReply={vi.fn()} />, {
      viewer: testViewer({ suspendedUntil: '2099-03-04T05:06:00.000Z' }),
    });
    const field = screen.getByLabelText('Your comment');
    expect(field).toBeDisabled();
    expect(field).toHaveAccessibleDescription(/You can like and comment again from .*2099/);
    expect(screen.getByRole('button', { name: 'Post comment' })).toBeDisabled();
  });

  it('is open to everyone else', () => {
    renderWithProviders(<CommentForm storyId="s1" replyTo={null} onCancelReply={vi.fn()} />, { viewer: testViewer() });
    expect(screen.getByLabelText('Your comment')).toBeEnabled();
  });
});
