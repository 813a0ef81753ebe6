import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../../../i18n';
import { renderWithProviders, testViewer } from '../../../../testing/renderWithProviders';
import { SetPointsRulesDocument } from '../../api/setPointsRules';
import { PointsRulesEditor } from '../PointsRulesEditor';

const saved = { storyApproved: 10, storyFeatured: 50, prizeWon: 100, likeReceived: 2, likeReceivedDailyCap: 20 };

describe('PointsRulesEditor', () => {
  it('offers the suggested rules to a campaign without any, refuses a bad number and saves whole numbers', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    let sent: unknown = null;
    renderWithProviders(<PointsRulesEditor campaignId="c1" rules={null} />, {
      viewer: testViewer({ role: 'BRAND_STAFF' }),
      mocks: [
        {
          request: { query: SetPointsRulesDocument, variables: { campaignId: 'c1', input: saved } },
          result: () => {
            sent = saved;
            return { data: { setPointsRules: { __typename: 'Campaign', id: 'c1', pointsRules: { __typename: 'PointsRules', ...saved } } } };
          },
        },
      ],
    });
    expect(screen.getByText(/gives no points yet/)).toBeInTheDocument();
    const perLike = screen.getByLabelText('Each like received');
    expect(perLike).toHaveValue(1);
    expect(screen.getByLabelText('Like points per day (at most)')).toHaveValue(20);

    await user.clear(perLike);
    await user.type(perLike, '20000');
    expect(perLike).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('A whole number from 0 to 10000')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save points rules' })).toBeDisabled();

    await user.clear(perLike);
    await user.type(perLike, '2');
    await user.click(screen.getByRole('button', { name: 'Save points rules' }));
    await waitFor(() => expect(sent).toEqual(saved));
  });
});
