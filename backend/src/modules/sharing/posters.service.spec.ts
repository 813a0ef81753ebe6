import type { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { RateLimitedError } from '../../core/errors/app-errors';
import type { RateLimiter } from '../../core/rate-limit/rate-limiter.service';
import type { MediaStorage } from '../../core/storage/media-storage';
import type { PosterRenderer } from './poster-renderer';
import { POSTER_DRAWINGS_PER_CLIENT, PostersService } from './posters.service';
import { ShareLinks } from './share-links';

const STORY = '6f1c1d8e-0000-4000-8000-000000000001';

function build({ stored, limited }: { stored: boolean; limited: boolean }) {
  const row = { title: '阳台的花', author: '小林', campaign: '我的生活小物', hashtag: '#我的生活小物', photo_key: null, sharer_id: null };
  const dataSource = { query: jest.fn().mockResolvedValue([row]) } as unknown as DataSource;
  const storage = { stat: jest.fn().mockResolvedValue(stored ? { size: 3 } : null), read: jest.fn().mockResolvedValue(Buffer.from('png')), write: jest.fn() };
  const renderer = { render: jest.fn().mockResolvedValue(Buffer.from('drawn')) };
  const limiter = { consume: jest.fn(limited ? () => Promise.reject(new RateLimitedError(30)) : () => Promise.resolve()) };
  const links = new ShareLinks(Object.assign(new AppConfig(), { PUBLIC_URL: 'https://stories.example.test' }));
  const service = new PostersService(dataSource, storage as unknown as MediaStorage, renderer as unknown as PosterRenderer, links, limiter as unknown as RateLimiter);
  return { service, storage, renderer, limiter };
}

describe(PostersService.name, () => {
  it('serves a stored poster without counting it against the client', async () => {
    const { service, renderer, limiter } = build({ stored: true, limited: true });
    expect(await service.poster('story', STORY, undefined, '10.0.0.1')).toEqual(Buffer.from('png'));
    expect(renderer.render).not.toHaveBeenCalled();
    expect(limiter.consume).not.toHaveBeenCalled();
  });

  it('draws a missing poster once the client may, and stores it', async () => {
    const { service, storage, limiter } = build({ stored: false, limited: false });
    expect(await service.poster('story', STORY, undefined, '10.0.0.1')).toEqual(Buffer.from('drawn'));
    expect(limiter.consume).toHaveBeenCalledWith(POSTER_DRAWINGS_PER_CLIENT, '10.0.0.1');
    expect(storage.write).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^posters/story/${STORY}/[0-9a-f]{32}\\.png$`)), Buffer.from('drawn'), 'image/png');
  });

  it('refuses to draw for a client that has had too many drawn', async () => {
    const { service, renderer } = build({ stored: false, limited: true });
    await expect(service.poster('story', STORY, undefined, '10.0.0.1')).rejects.toBeInstanceOf(RateLimitedError);
    expect(renderer.render).not.toHaveBeenCalled();
  });
});
