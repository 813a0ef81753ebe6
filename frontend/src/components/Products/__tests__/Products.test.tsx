import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CampaignProductsEditor } from '../../../features/brand/components/CampaignProductsEditor';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { ProductChips } from '../ProductChips';
import { ProductTagsButton } from '../ProductTagsButton';
import { CampaignProductsDocument, SetCampaignProductsDocument, TagProductsDocument } from '../productsApi';

const MUG = { __typename: 'ProductTag' as const, sku: 'MUG-01', name: '手作陶瓷杯', url: 'https://shop.example.test/item/1' };
const LAMP = { __typename: 'ProductTag' as const, sku: 'LAMP-02', name: 'Desk lamp', url: null };
const listMock = { request: { query: CampaignProductsDocument, variables: { id: 'c1' } }, result: { data: { campaign: { __typename: 'Campaign' as const, id: 'c1', products: [MUG, LAMP] } } }, maxUsageCount: 5 };

function capture<T>(): { sent: T | null; matcher: (variables: T) => boolean } {
  const box = { sent: null as T | null, matcher: (variables: T) => ((box.sent = variables), true) };
  return box;
}

describe('ProductChips', () => {
  it('shows tagged products as chips, linking to the shop when there is a link', () => {
    renderWithProviders(<ProductChips products={[MUG, { sku: 'TRAY-9', name: 'Wooden tray', url: null }]} />);
    const chips = screen.getByRole('list', { name: 'Products in this story' });
    expect(within(chips).getByRole('link', { name: '手作陶瓷杯' })).toHaveAttribute('href', 'https://shop.example.test/item/1');
    expect(within(chips).getByText('Wooden tray').tagName).toBe('SPAN');
  });
});

describe('the Products dialog', () => {
  const story = { id: 's1', title: 'My morning mug', campaignId: 'c1', products: [MUG, { sku: 'TRAY-9', name: 'Wooden tray', url: null }] };

  it("tags from the campaign's list and with free SKUs, asking for a name before it sends", async () => {
    const user = userEvent.setup();
    const tag = capture<unknown>();
    renderWithProviders(<ProductTagsButton story={story} />, {
      mocks: [
        listMock,
        {
          request: { query: TagProductsDocument, variables: tag.matcher },
          result: { data: { tagProducts: { __typename: 'Story', id: 's1', products: [LAMP] } } },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /^Products\s*\(2\)/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Products in this story' });
    // The story's tags: the listed one ticked, the other one as a free SKU.
    const mug = await within(dialog).findByRole('checkbox', { name: /手作陶瓷杯/ });
    expect(mug).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: /Desk lamp/ })).not.toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: /^SKU/ })).toHaveValue('TRAY-9');

    await user.click(mug);
    await user.click(within(dialog).getByRole('checkbox', { name: /Desk lamp/ }));
    await user.click(within(dialog).getByRole('button', { name: /Add a product/ }));
    const skus = within(dialog).getAllByRole('textbox', { name: /^SKU/ });
    await user.type(skus[1], 'BOWL-3');
    await user.click(within(dialog).getByRole('button', { name: 'Save products' }));
    expect(within(dialog).getByRole('textbox', { name: /^Product name/, description: /Give this product a name/ })).toHaveValue('');
    expect(tag.sent).toBeNull();

    await user.type(within(dialog).getAllByRole('textbox', { name: /^Product name/ })[1], 'Rice bowl');
    await user.click(within(dialog).getByRole('button', { name: 'Save products' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(tag.sent).toEqual({
      storyId: 's1',
      products: [{ sku: 'LAMP-02' }, { sku: 'TRAY-9', name: 'Wooden tray', url: null }, { sku: 'BOWL-3', name: 'Rice bowl', url: null }],
    });
  });

  it("shows the server's refusal beside the product it names", async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProductTagsButton story={story} />, {
      mocks: [
        listMock,
        {
          request: { query: TagProductsDocument, variables: () => true },
          result: { errors: [new GraphQLError('TRAY-9 is no longer sold in this shop.', { extensions: { code: 'BAD_USER_INPUT', field: 'products' } })] },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /^Products/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Products in this story' });
    await within(dialog).findByRole('checkbox', { name: /手作陶瓷杯/ });
    await user.click(within(dialog).getByRole('button', { name: 'Save products' }));
    const sku = within(dialog).getByRole('textbox', { name: /^SKU/ });
    await waitFor(() => expect(sku).toHaveAccessibleDescription(/TRAY-9 is no longer sold in this shop/));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe("the campaign's product list", () => {
  it('adds, reorders and removes products, checks them, and saves the list in its order', async () => {
    const user = userEvent.setup();
    const save = capture<unknown>();
    renderWithProviders(<CampaignProductsEditor campaignId="c1" products={[MUG]} />, {
      mocks: [
        {
          request: { query: SetCampaignProductsDocument, variables: save.matcher },
          result: { data: { setCampaignProducts: { __typename: 'Campaign', id: 'c1', products: [LAMP, MUG] } } },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: /Add a product/ }));
    const sku = screen.getAllByRole('textbox', { name: /^SKU/ })[1];
    await user.type(sku, 'bad sku!');
    await user.type(screen.getAllByRole('textbox', { name: /^Product name/ })[1], 'Desk lamp');
    await user.type(screen.getAllByRole('textbox', { name: 'Link' })[1], 'ftp://lamp');
    await user.click(screen.getByRole('button', { name: 'Save products' }));
    expect(sku).toHaveAccessibleDescription(/A SKU is 1 to 64/);
    expect(screen.getAllByRole('textbox', { name: 'Link' })[1]).toHaveAccessibleDescription(/starts with http/);
    expect(save.sent).toBeNull();

    await user.clear(sku);
    await user.type(sku, 'LAMP-02');
    await user.clear(screen.getAllByRole('textbox', { name: 'Link' })[1]);
    await user.click(screen.getByRole('button', { name: 'Move LAMP-02 up' }));
    expect(screen.getAllByRole('textbox', { name: /^SKU/ }).map((input) => (input as HTMLInputElement).value)).toEqual(['LAMP-02', 'MUG-01']);
    await user.click(screen.getByRole('button', { name: 'Save products' }));
    await waitFor(() => expect(save.sent).not.toBeNull());
    expect(save.sent).toEqual({
      campaignId: 'c1',
      products: [
        { sku: 'LAMP-02', name: 'Desk lamp', url: null },
        { sku: 'MUG-01', name: '手作陶瓷杯', url: 'https://shop.example.test/item/1' },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Remove MUG-01' }));
    expect(screen.getAllByRole('textbox', { name: /^SKU/ })).toHaveLength(1);
  });
});
