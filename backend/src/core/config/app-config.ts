import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { resolve } from 'node:path';
import proxyAddr from 'proxy-addr';

const toBoolean = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  return value; // left as a string so that @IsBoolean names the variable
};
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting the server reads, validated once at start. Variable names are the
 * environment's own so that a validation error names exactly what to fix.
 * Secrets (JWT_SECRET, ADMIN_PASSWORD, S3_SECRET_ACCESS_KEY) are never logged.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  /**
   * A read replica of DATABASE_URL (streaming replica, or a pooler in front of several): the
   * rows queries share (RecentRows: counts, authors, photos, stories, feed pages) are read from
   * it; mutations, subscriptions, each viewer's own rows and all background work use DATABASE_URL.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_READ_URL?: string;

  /**
   * Connections this instance keeps to PostgreSQL (ignored for the embedded database, which
   * takes one). Instances × pool size must stay under the server's max_connections.
   */
  @Transform(({ value }) => (value === undefined || value === '' ? 10 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE = 10;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL?: string;

  /** Namespaces every Redis key and channel, so that several deployments can share one Redis. */
  @Transform(({ value }) => (value === undefined || value === '' ? 'ugc' : value))
  @IsString()
  @Matches(/^[\w.-]{1,40}$/)
  REDIS_KEY_PREFIX = 'ugc';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  S3_ENDPOINT?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_REGION?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_BUCKET?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  S3_FORCE_PATH_STYLE?: boolean;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  MEDIA_PUBLIC_URL?: string;

  /**
   * The address people reach the web app at (https://stories.example.com), for the absolute
   * links that leave the product: shared links, link previews, QR codes on posters, links in e-mails. Default
   * http://localhost:PORT, which only works on this machine.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  JWT_SECRET?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(8)
  ADMIN_PASSWORD?: string;

  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  SEED_DEMO?: boolean;

  /** 32 bytes (64 hex characters or base64) encrypting prize claims at rest; without it one is generated once in DATA_DIR/claims-key (keep that file with the database). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=?)$/, { message: 'CLAIMS_ENCRYPTION_KEY must be 32 bytes: 64 hex characters or base64' })
  CLAIMS_ENCRYPTION_KEY?: string;

  /** Days a winner has to claim a prize. */
  @Transform(({ value }) => (value === undefined || value === '' ? 7 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(365)
  PRIZE_CLAIM_DAYS = 7;

  @Transform(({ value }) => (value === undefined || value === '' ? 'on' : String(value).toLowerCase()))
  @IsIn(['on', 'off'])
  RATE_LIMITS: 'on' | 'off' = 'on';

  @Transform(({ value }) => (value === undefined || value === '' ? 'info' : String(value).toLowerCase()))
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Proxies whose X-Forwarded-For is believed: addresses, CIDR ranges or proxy-addr's names
   * (`loopback`, `linklocal`, `uniquelocal`), comma-separated. Default none: the socket's address counts.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  TRUSTED_PROXIES?: string;

  /** Origins that may frame the app's pages (Content-Security-Policy frame-ancestors), space- or comma-separated. Default: none. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  FRAME_ANCESTORS?: string;

  /**
   * Origins whose pages may embed the product-page gallery (/embed/gallery) and read /api/gallery
   * from a browser, e.g. "https://shop.example.com https://m.example.com". Default: this site only.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  GALLERY_EMBED_ORIGINS?: string;

  /** Seconds a gallery response may be reused by browsers and CDNs (Cache-Control max-age); withdrawn consent leaves within it. */
  @Transform(({ value }) => (value === undefined || value === '' ? 30 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(50)
  GALLERY_CACHE_SECONDS = 30;

  get galleryEmbedOrigins(): string[] {
    return splitList(this.GALLERY_EMBED_ORIGINS);
  }

  get trustedProxies(): string[] {
    return splitList(this.TRUSTED_PROXIES);
  }

  get frameAncestors(): string[] {
    return splitList(this.FRAME_ANCESTORS);
  }

  /** Mail goes through this SMTP server (smtp:// or smtps://, credentials in the URL); unset: .eml files in DATA_DIR/outbox/. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['smtp', 'smtps'] })
  SMTP_URL?: string;

  /** The From: of every mail, e.g. `"Brand campaigns" <campaigns@brand.example>`. */
  @Transform(({ value }) => (value === undefined || value === '' ? '"UGC Campaigns" <no-reply@localhost>' : value))
  @IsString()
  MAIL_FROM = '"UGC Campaigns" <no-reply@localhost>';

  /** Seconds a signed-out query's answer is shared from cache (and by CDNs); 0 turns the cache off. */
  @Transform(({ value }) => (value === undefined || value === '' ? 5 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(300)
  RESPONSE_CACHE_SECONDS = 5;

  /**
   * Milliseconds a query may show rows every viewer sees alike (counts, authors, photos, which
   * stories a feed page holds) as this instance last read them (RecentRows); 0 reads every time.
   */
  @Transform(({ value }) => (value === undefined || value === '' ? 1000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(10_000)
  RECENT_READS_MS = 1000;

  /** Bearer token for GET /metrics. Unset: /metrics is open in development and absent in production. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;

  /** Seconds an instance keeps serving after SIGTERM while the load balancer notices /readyz is 503. */
  @Transform(({ value }) => (value === undefined || value === '' ? 5 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(300)
  SHUTDOWN_GRACE_SECONDS = 5;

  /**
   * Webhook hosts exempt from the private-address rule (SSRF) in production: names or IP literals,
   * comma-separated (tests allow-list 127.0.0.1; an operator may name an internal receiver on purpose).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEBHOOK_ALLOWED_HOSTS?: string;

  /** Waits between webhook attempts, after the first immediate one: durations such as 5s, 5m, 2h (the Standard Webhooks schedule by default, ~27 h). */
  @Transform(({ value }) => (value === undefined || value === '' ? '5s,5m,30m,2h,5h,10h,10h' : String(value)))
  @Matches(/^\s*\d+(\.\d+)?(ms|s|m|h)(\s*,\s*\d+(\.\d+)?(ms|s|m|h))*\s*$/, { message: 'WEBHOOK_RETRY_SCHEDULE must be durations like 5s,5m,30m,2h' })
  WEBHOOK_RETRY_SCHEDULE = '5s,5m,30m,2h,5h,10h,10h';

  /** Milliseconds one webhook attempt may take (connecting, sending, the answer) before it counts as failed. */
  @Transform(({ value }) => (value === undefined || value === '' ? 10_000 : Number(value)))
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /**
   * OTLP/HTTP collector that traces go to (http://collector:4318; the exporter appends /v1/traces
   * and reads the other standard OTEL_EXPORTER_OTLP_* variables itself). Unset: no tracing at all.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** The service.name traces carry. */
  @Transform(({ value }) => (value === undefined || value === '' ? 'ugc-campaigns' : value))
  @IsString()
  @Matches(/^[\w.\-/:]{1,100}$/, { message: 'OTEL_SERVICE_NAME must be 1 to 100 letters, digits or . _ - / :' })
  OTEL_SERVICE_NAME = 'ugc-campaigns';

  get webhookAllowedHosts(): string[] {
    return splitList(this.WEBHOOK_ALLOWED_HOSTS).map((host) => host.toLowerCase().replace(/^\[|\]$/g, ''));
  }

  /** WEBHOOK_RETRY_SCHEDULE in milliseconds. */
  get webhookRetryDelaysMs(): number[] {
    const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    return splitList(this.WEBHOOK_RETRY_SCHEDULE).map((part) => {
      const [, amount, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(part)!;
      return Math.round(Number(amount) * units[unit]);
    });
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get dataDir(): string {
    return resolve(this.DATA_DIR);
  }

  /** Limits are always on in production: RATE_LIMITS=off exists for load tests only. */
  get rateLimitsEnabled(): boolean {
    return this.isProduction || this.RATE_LIMITS === 'on';
  }

  /** The demo's accounts have a published password: seeded by default, except in production unless asked for. */
  get seedDemo(): boolean {
    return this.SEED_DEMO ?? !this.isProduction;
  }

  /** PUBLIC_URL without a trailing slash, or this machine's own address. */
  get publicOrigin(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  get s3Enabled(): boolean {
    return Boolean(this.S3_BUCKET);
  }
}

const splitList = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

export class ConfigError extends Error {}

/** Every variable the server reads (the README's configuration table lists the same). */
export const CONFIG_VARIABLES = [
  'NODE_ENV', 'PORT', 'DATA_DIR', 'DATABASE_URL', 'DATABASE_READ_URL', 'DATABASE_POOL_SIZE', 'REDIS_URL', 'REDIS_KEY_PREFIX',
  'S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE', 'MEDIA_PUBLIC_URL',
  'JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'SEED_DEMO', 'RATE_LIMITS', 'LOG_LEVEL', 'TRUSTED_PROXIES', 'FRAME_ANCESTORS', 'GALLERY_EMBED_ORIGINS', 'GALLERY_CACHE_SECONDS',
  'SHUTDOWN_GRACE_SECONDS', 'PUBLIC_URL', 'SMTP_URL', 'MAIL_FROM', 'METRICS_TOKEN', 'RESPONSE_CACHE_SECONDS', 'RECENT_READS_MS',
  'CLAIMS_ENCRYPTION_KEY', 'PRIZE_CLAIM_DAYS', 'WEBHOOK_ALLOWED_HOSTS', 'WEBHOOK_RETRY_SCHEDULE', 'WEBHOOK_TIMEOUT_MS',
  'OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_SERVICE_NAME',
] as const;

/** Every secret in .env.example starts with this, so production can recognise one left unchanged. */
const EXAMPLE_SECRET = /^change-me/i;

/** The password in a URL with credentials (a database's, an SMTP server's). */
function urlPassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return undefined;
  }
}

/** Reads and validates the environment; throws one error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of CONFIG_VARIABLES) if (env[key] !== undefined) raw[key] = env[key];

  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { skipMissingProperties: false }).map(
    (error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`,
  );
  if (config.isProduction && !config.JWT_SECRET?.trim()) {
    problems.push('JWT_SECRET: must be set to a non-empty secret when NODE_ENV=production');
  }
  if (config.isProduction) {
    // The example secrets are published (.env.example): an instance started with them is open to anyone.
    const secrets = {
      JWT_SECRET: config.JWT_SECRET,
      ADMIN_PASSWORD: config.ADMIN_PASSWORD,
      S3_SECRET_ACCESS_KEY: config.S3_SECRET_ACCESS_KEY,
      DATABASE_URL: urlPassword(config.DATABASE_URL),
      DATABASE_READ_URL: urlPassword(config.DATABASE_READ_URL),
      SMTP_URL: urlPassword(config.SMTP_URL),
    };
    for (const [key, value] of Object.entries(secrets)) {
      if (value && EXAMPLE_SECRET.test(value)) problems.push(`${key}: still the example secret from .env.example; set a real one when NODE_ENV=production`);
    }
  }
  if (config.DATABASE_READ_URL && !config.DATABASE_URL) problems.push('DATABASE_READ_URL: a replica of DATABASE_URL, which must be set too (the embedded database has none)');
  if (config.ADMIN_EMAIL && !config.ADMIN_PASSWORD) problems.push('ADMIN_PASSWORD: required when ADMIN_EMAIL is set');
  try {
    proxyAddr.compile(config.trustedProxies);
  } catch (error) {
    problems.push(`TRUSTED_PROXIES: ${(error as Error).message}`);
  }
  if (config.S3_BUCKET) {
    for (const key of ['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!config[key]) problems.push(`${key}: required when S3_BUCKET is set`);
    }
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}
