import { describe, expect, it } from 'vitest';
import { responsiveImage } from '../photos/responsiveImage';

describe('responsiveImage', () => {
  it('offers the thumbnail and the display size with their real widths, and the thumbnail\'s intrinsic size', () => {
    expect(responsiveImage({ thumbnailUrl: '/t.jpg', url: '/d.jpg', width: 1600, height: 2000 })).toEqual({
      src: '/t.jpg',
      srcSet: '/t.jpg 384w, /d.jpg 1600w',
      width: 384,
      height: 480,
    });
  });
  it('has no srcset when the display image is no larger than a thumbnail', () => {
    expect(responsiveImage({ thumbnailUrl: '/t.jpg', url: '/d.jpg', width: 300, height: 200 })).toEqual({ src: '/t.jpg', srcSet: undefined, width: 300, height: 200 });
    expect(responsiveImage({ thumbnailUrl: null, url: null })).toBeNull();
  });
});
