import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildCampaign } from '../../testing/builders';
import { startTestApp, TestApp } from '../../testing/test-app';
import { serveWebApp } from './web-app';

/** What goes over the wire to a phone: large GraphQL answers compressed, small ones as they are. */
describe('response compression', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (query: string) =>
    fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query }),
    });

  it('compresses a large GraphQL answer and leaves a small one alone', async () => {
    const admin = await t.createUser();
    for (let i = 0; i < 20; i++) await buildCampaign(t.dataSource, { createdById: admin.user.id, description: `A long description ${i} `.repeat(40) });

    const large = await post(`{ campaigns(first: 20) { nodes { id description } } }`);
    expect(large.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes the body itself; the header shows what travelled.
    const body = (await large.json()) as { data: { campaigns: { nodes: unknown[] } } };
    expect(body.data.campaigns.nodes).toHaveLength(20);

    const small = await post(`{ campaigns(first: 1) { nodes { id } } }`);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(((await small.json()) as { data: { campaigns: { nodes: unknown[] } } }).data.campaigns.nodes).toHaveLength(1);
  });
});

/** The built web app's files: pre-compressed at build, cached for ever when hashed, index.html never. */
describe('serving the web app', () => {
  let app: NestExpressApplication;
  let baseUrl: string;
  const dir = mkdtempSync(join(tmpdir(), 'ugc-web-'));
  const script = 'console.log("hello from the vendor bundle");\n'.repeat(200);

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'vendor-abc123.js'), script);
    writeFileSync(join(dir, 'assets', 'vendor-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets', 'vendor-abc123.js.gz'), gzipSync(script));
    @Module({})
    class Bare {}
    app = await NestFactory.create<NestExpressApplication>(Bare, { logger: false });
    serveWebApp(app, dir);
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the build’s .br or .gz as the browser accepts, immutable; the plain file otherwise', async () => {
    const url = `${baseUrl}/assets/vendor-abc123.js`;
    const brotli = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.get('content-type')).toMatch(/javascript/);
    expect(await brotli.text()).toBe(script);
    const gzip = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(script);
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('answers client-side routes with index.html, never cached', async () => {
    const page = await fetch(`${baseUrl}/stories/some-id`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>app</title>');
  });
});
