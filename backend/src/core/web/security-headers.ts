import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from '../config/app-config';

/**
 * Browser-side protections for every response (helmet): a Content-Security-Policy the web app
 * passes with no inline script, `frame-ancestors` limited to FRAME_ANCESTORS (nobody by default,
 * against clickjacking), a Referrer-Policy that sends only the origin to other sites, and HSTS
 * in production (where TLS terminates in front of the app).
 */
export function useSecurityHeaders(app: NestExpressApplication, config: AppConfig): void {
  app.use(helmet(helmetOptions(config)));
  // Public photos may be embedded anywhere (chat previews, product-page galleries).
  app.use('/media', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    next();
  });
}

/**
 * The same headers as a fixed set, for the GraphQL path that answers before Express: helmet's
 * headers depend on the configuration only, so they are worked out once by running helmet
 * against a response that just records them.
 */
export function securityHeaders(config: AppConfig): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => (headers[name] = String(value)),
    removeHeader: (name: string) => delete headers[name],
  };
  helmet(helmetOptions(config))({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

function helmetOptions(config: AppConfig): HelmetOptions {
  const media = mediaOrigins(config);
  const frameAncestors = config.frameAncestors.length ? config.frameAncestors : ["'none'"];
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and the chart library set style attributes; no script can run from a style.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...media],
        // Photos go straight to the store with a presigned PUT on S3; the API and its websocket are 'self'.
        connectSrc: ["'self'", ...media],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors,
        ...(config.isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Photos are shown by other sites too (link previews, galleries): see below.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    // X-Frame-Options cannot name other origins; frame-ancestors above says who may frame.
    xFrameOptions: config.frameAncestors.length ? false : { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

/** Where photos are fetched from and uploaded to when they are not on this server. */
export function mediaOrigins(config: AppConfig): string[] {
  const origins = new Set<string>();
  if (config.MEDIA_PUBLIC_URL) origins.add(new URL(config.MEDIA_PUBLIC_URL).origin);
  if (config.S3_BUCKET) {
    if (config.S3_ENDPOINT) {
      const endpoint = new URL(config.S3_ENDPOINT);
      origins.add(endpoint.origin);
      origins.add(`${endpoint.protocol}//${config.S3_BUCKET}.${endpoint.host}`);
    } else {
      origins.add(`https://${config.S3_BUCKET}.s3.${config.S3_REGION}.amazonaws.com`);
    }
  }
  return [...origins];
}
