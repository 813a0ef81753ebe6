import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs with nothing set: port 3000, embedded database, limits on, demo seeded', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', RATE_LIMITS: 'on', NODE_ENV: 'development', seedDemo: true });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.s3Enabled).toBe(false);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SEED_DEMO: 'perhaps' })).toThrow(/SEED_DEMO/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('refuses to start in production without a JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: '  ' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's3cret' }).isProduction).toBe(true);
  });

  it('seeds the demo (whose password is published) in production only when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x', SEED_DEMO: '1' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: '0' }).seedDemo).toBe(false);
  });

  it('never has a default admin password', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'admin@example.com' })).toThrow(/ADMIN_PASSWORD/);
    expect(loadConfig({}).ADMIN_PASSWORD).toBeUndefined();
  });

  it('turns rate limits off for load tests, but never in production', () => {
    expect(loadConfig({ RATE_LIMITS: 'off' }).rateLimitsEnabled).toBe(false);
    expect(loadConfig({ RATE_LIMITS: 'off', NODE_ENV: 'production', JWT_SECRET: 'x' }).rateLimitsEnabled).toBe(true);
  });

  it('needs the whole S3 configuration once a bucket is named', () => {
    expect(() => loadConfig({ S3_BUCKET: 'media' })).toThrow(/S3_REGION[\s\S]*S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/);
  });
});
