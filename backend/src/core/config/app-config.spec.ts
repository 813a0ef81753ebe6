import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const repoFile = (name: string) => readFileSync(join(__dirname, '../../../..', name), 'utf8');

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

  it('refuses to start in production with the example secrets of .env.example', () => {
    const example = Object.fromEntries(
      repoFile('.env.example').split('\n').filter((line) => /^\w+=/.test(line)).map((line) => line.split(/=(.*)/s).slice(0, 2)),
    );
    const env = {
      NODE_ENV: 'production',
      JWT_SECRET: example.JWT_SECRET,
      ADMIN_EMAIL: example.ADMIN_EMAIL,
      ADMIN_PASSWORD: example.ADMIN_PASSWORD,
      DATABASE_URL: `postgres://ugc:${example.POSTGRES_PASSWORD}@postgres:5432/ugc`,
    };
    expect(() => loadConfig(env)).toThrow(/JWT_SECRET: still the example secret/);
    expect(() => loadConfig(env)).toThrow(/ADMIN_PASSWORD: still the example secret/);
    expect(() => loadConfig(env)).toThrow(/DATABASE_URL: still the example secret/);
    // Outside production the examples are fine (a developer's laptop).
    expect(loadConfig({ ...env, NODE_ENV: 'development' }).JWT_SECRET).toBe(example.JWT_SECRET);
    expect(loadConfig({ ...env, JWT_SECRET: 'a-real-one', ADMIN_PASSWORD: 'a-real-password', DATABASE_URL: 'postgres://ugc:real@postgres/ugc' }).isProduction).toBe(true);
  });

  it('keeps docker-compose.yml on pinned images and secrets from .env', () => {
    const compose = repoFile('docker-compose.yml');
    const images = [...compose.matchAll(/^\s*image:\s*(\S+)/gm)].map((m) => m[1]);
    expect(images.length).toBeGreaterThan(3);
    for (const image of images) expect(image).toMatch(/:(\d+\.\d+(\.\d+)?|RELEASE\.[\dT:-]+Z)$/);
    const secrets = [...compose.matchAll(/^\s*(\w*(PASSWORD|SECRET)\w*):\s*(.+)$/gm)].map((m) => [m[1], m[3]]);
    expect(secrets.length).toBeGreaterThan(3);
    for (const [, value] of secrets) expect(value).toMatch(/^\$\{\w+:\?/);
    expect(repoFile('.gitignore').split('\n')).toContain('.env');
  });
});
