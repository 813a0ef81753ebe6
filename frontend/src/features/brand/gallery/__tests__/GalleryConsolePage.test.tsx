import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../testing/renderWithProviders';
import { GalleryConsoleDocument } from '../galleryConsole';
import { GalleryConsolePage } from '../GalleryConsolePage';

const campaign = {
  __typename: 'Campaign' as const,
  id: 'c1',
  slug: 'my-little-life-things',
  title: 'My little life things',
  products: [{ __typename: 'ProductTag' as const, sku: 'MUG-01', name: 'Handmade mug', url: null }],
};

function renderConsole() {
  return renderWithProviders(
    <Routes>
      <Route path="/brand/campaigns/:id/gallery" element={<GalleryConsolePage />} />
    </Routes>,
    { route: '/brand/campaigns/c1/gallery', mocks: [{ request: { query: GalleryConsoleDocument, variables: { id: 'c1' } }, result: { data: { campaign } } }] },
  );
}

describe('GalleryConsolePage', () => {
  it('previews the gallery and gives the snippet and JSON address for the product, layout and language chosen', async () => {
    const user = userEvent.setup();
    renderConsole();
    await screen.findByRole('heading', { name: 'Product-page gallery' });
    // Which stories appear, and who may frame it, in plain words.
    expect(screen.getByText(/allowed "On product pages"; featured stories first, then the most liked/)).toBeInTheDocument();
    expect(screen.getByText(/GALLERY_EMBED_ORIGINS/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Product' }), 'MUG-01');
    await user.click(screen.getByRole('radio', { name: 'Carousel' }));
    await user.click(screen.getByRole('radio', { name: '简体中文' }));

    const origin = window.location.origin;
    const src = `${origin}/embed/gallery?campaign=my-little-life-things&amp;sku=MUG-01&amp;layout=carousel&amp;lang=zh-CN`;
    expect(screen.getByRole('textbox', { name: 'Code for your product page' })).toHaveValue(
      `<iframe src="${src}" width="100%" height="380" style="border:0" loading="lazy" title="买家秀"></iframe>`,
    );
    expect(screen.getByRole('textbox', { name: /The same stories as JSON/ })).toHaveValue(`${origin}/api/gallery?campaign=my-little-life-things&sku=MUG-01`);
    const preview = within(screen.getByRole('region', { name: 'Preview' })).getByTitle('买家秀');
    expect(preview).toHaveAttribute('src', `${origin}/embed/gallery?campaign=my-little-life-things&sku=MUG-01&layout=carousel&lang=zh-CN`);
  });

  it('takes any SKU, refusing one the gallery would not accept', async () => {
    const user = userEvent.setup();
    renderConsole();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Product' }), 'Another SKU…');
    await user.type(screen.getByRole('textbox', { name: 'SKU' }), 'bad sku');
    expect(screen.getByRole('textbox', { name: 'SKU' })).toHaveAccessibleDescription(/A SKU is 1 to 64/);
    await user.clear(screen.getByRole('textbox', { name: 'SKU' }));
    await user.type(screen.getByRole('textbox', { name: 'SKU' }), '6543210');
    expect(screen.getByRole('textbox', { name: /The same stories as JSON/ })).toHaveValue(`${window.location.origin}/api/gallery?campaign=my-little-life-things&sku=6543210`);
  });
});
