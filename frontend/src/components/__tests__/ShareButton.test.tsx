import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { HashtagText } from '../HashtagText';
import { ShareButton } from '../ShareButton/ShareButton';

const URL = 'https://stories.example.test/stories/s1?ref=u1';
const POSTER = 'https://stories.example.test/posters/story/s1.png?ref=u1';

function pointer(coarse: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: coarse && query.includes('coarse'), media: query, addEventListener() {}, removeEventListener() {} }));
}

describe('ShareButton', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'share');
  });

  it('opens the phone’s share sheet with the link and title', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    pointer(true);
    renderWithProviders(<ShareButton url={URL} posterUrl={POSTER} title="阳台的花" fileName="story-s1" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: '阳台的花', text: '阳台的花', url: URL });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('elsewhere shows the link to copy, the poster with its QR code and a download', async () => {
    pointer(false);
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderWithProviders(<ShareButton url={URL} posterUrl={POSTER} title="阳台的花" fileName="story-s1" />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    // The dialog's code downloads on the first click.
    expect(await screen.findByRole('textbox', { name: 'Link' })).toHaveValue(URL);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(screen.getByRole('img', { name: 'Poster of “阳台的花” with a QR code' })).toHaveAttribute('src', POSTER);
    const download = screen.getByRole('link', { name: 'Download poster' });
    expect(download).toHaveAttribute('href', POSTER);
    expect(download).toHaveAttribute('download', 'story-s1.png');
  });
});

describe('HashtagText', () => {
  it('links the hashtags the server found, and nothing else', () => {
    renderWithProviders(<HashtagText text="冰镇西瓜 #清凉一夏 真好吃 #Summer, not #other" hashtags={['清凉一夏', 'summer']} />);
    expect(screen.getByRole('link', { name: '#清凉一夏' })).toHaveAttribute('href', `/tags/${encodeURIComponent('清凉一夏')}`);
    expect(screen.getByRole('link', { name: '#Summer' })).toHaveAttribute('href', '/tags/summer');
    expect(screen.queryByRole('link', { name: '#other' })).not.toBeInTheDocument();
  });
});
