import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getNotices } from '../../../../lib/notices';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
import { ClaimPrizeDocument } from '../../api/claimPrize';
import { ClaimPrizeForm } from '../ClaimPrizeForm';

const DEADLINE = '2026-12-09T06:30:00.000Z';
const input = { winnerId: 'w1', recipientName: '王小明', phone: '+86 138 0000 0000', address: '上海市浦东新区世纪大道 100 号' };

async function fill() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Recipient's name/), `  ${input.recipientName} `);
  await user.type(screen.getByLabelText(/Phone/), input.phone);
  await user.type(screen.getByLabelText(/Postal address/), input.address);
  await user.click(screen.getByRole('button', { name: 'Claim the prize' }));
}

describe('ClaimPrizeForm', () => {
  it('shows the deadline and who reads the details, then sends them trimmed', async () => {
    renderWithProviders(<ClaimPrizeForm winnerId="w1" prizeName="Tote bag" claimDeadline={DEADLINE} />, {
      mocks: [
        {
          request: { query: ClaimPrizeDocument, variables: { input } },
          result: { data: { claimPrize: { __typename: 'Winner', id: 'w1', status: 'CLAIMED', claimDeadline: DEADLINE } } },
        },
      ],
    });
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(DEADLINE));
    expect(screen.getByRole('form', { name: 'Claim “Tote bag”' })).toHaveTextContent(`Please claim by ${expected}`);
    expect(screen.getByText(/Only the brand's staff can read these details/)).toBeInTheDocument();
    await fill();
    await waitFor(() => expect(getNotices().map((n) => n.message)).toContain('Thank you! “Tote bag” is on its way.'));
  });

  it('says why the server refused, in the form', async () => {
    renderWithProviders(<ClaimPrizeForm winnerId="w1" prizeName="Tote bag" claimDeadline={DEADLINE} />, {
      mocks: [
        {
          request: { query: ClaimPrizeDocument, variables: { input } },
          result: { errors: [new GraphQLError('The deadline to claim this prize has passed.', { extensions: { code: 'CONFLICT' } })] },
        },
      ],
    });
    await fill();
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
