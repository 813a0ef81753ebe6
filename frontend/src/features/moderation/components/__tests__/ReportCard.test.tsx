import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ReportsQuery } from '../../../../gql/graphql';
import { getNotices } from '../../../../lib/notices';
import { renderWithProviders, testViewer } from '../../../../testing/renderWithProviders';
import { HideCommentDocument } from '../../api/hideComment';
import { ResolveReportDocument } from '../../api/resolveReport';
import { ReportCard } from '../ReportCard';

type Report = ReportsQuery['reports']['nodes'][number];

const report = {
  __typename: 'Report',
  id: 'r1',
  reason: 'SPAM',
  note: null,
  status: 'OPEN',
  createdAt: '2026-06-01T10:00:00.000Z',
  reporter: { __typename: 'User', id: 'u1', displayName: 'Reader' },
  story: null,
  comment: {
    __typename: 'Comment',
    id: 'c1',
    body: 'Buy cheap watches',
    hidden: false,
    author: { __typename: 'User', id: 'u2', displayName: 'Spammer', role: 'CUSTOMER', suspendedUntil: null },
    story: { __typename: 'Story', id: 's1', title: 'My mug' },
  },
} as unknown as Report;

describe('ReportCard', () => {
  it('hiding the reported comment also resolves the report, and says both happened', async () => {
    const user = userEvent.setup();
    const resolved = vi.fn(() => ({ data: { resolveReport: { __typename: 'Report', id: 'r1', status: 'RESOLVED' } } }));
    renderWithProviders(<ReportCard report={report} onSuspend={vi.fn()} onChangeRole={vi.fn()} />, {
      viewer: testViewer({ role: 'MODERATOR' }),
      mocks: [
        {
          request: { query: HideCommentDocument, variables: { commentId: 'c1', reason: 'Spam or advertising' } },
          result: { data: { hideComment: { __typename: 'Comment', id: 'c1', hidden: true } } },
        },
        { request: { query: ResolveReportDocument, variables: { reportId: 'r1', dismiss: false, note: 'Spam or advertising' } }, result: resolved },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Hide comment' }));
    await waitFor(() => expect(resolved).toHaveBeenCalled());
    await waitFor(() => expect(getNotices().map((notice) => notice.message)).toContain('Comment hidden and the report resolved.'));
  });
});
