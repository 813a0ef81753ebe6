import { describe, expect, it } from 'vitest';
import { landingPath } from '../paths';

describe('landingPath', () => {
  it('takes staff to their console after signing in, customers to the campaigns', () => {
    expect(landingPath('MODERATOR')).toBe('/moderation');
    expect(landingPath('ADMIN')).toBe('/moderation');
    expect(landingPath('BRAND_STAFF')).toBe('/brand');
    expect(landingPath('CUSTOMER')).toBe('/');
  });
});
