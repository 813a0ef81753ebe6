import { request as httpRequest } from 'node:http';
import { JobQueue } from '../core/jobs/job-queue';
import type { TestApp, TestUser } from './test-app';

export const REQUEST_PHOTO_UPLOAD = `mutation ($input: PhotoUploadInput!) {
  requestPhotoUpload(input: $input) {
    photo { id status contentType width height url thumbnailUrl }
    uploadUrl uploadHeaders { name value } expiresAt
  }
}`;

export interface UploadGrantResult {
  photoId: string;
  uploadUrl: string;
  headers: Record<string, string>;
  expiresAt: string;
}

/** requestPhotoUpload as `user`; throws with the error message when refused. */
export async function requestPhotoUpload(
  t: TestApp,
  user: TestUser,
  input: { filename?: string; contentType?: string; byteSize: number },
): Promise<UploadGrantResult> {
  const result = await t.gql(REQUEST_PHOTO_UPLOAD, { input: { filename: 'photo.jpg', contentType: 'image/jpeg', ...input } }, user);
  if (result.errors) throw new Error(`requestPhotoUpload refused: ${result.errors[0].message}`);
  const grant = result.data!.requestPhotoUpload;
  return {
    photoId: grant.photo.id,
    uploadUrl: grant.uploadUrl,
    headers: Object.fromEntries(grant.uploadHeaders.map((h: { name: string; value: string }) => [h.name, h.value])),
    expiresAt: grant.expiresAt,
  };
}

export interface PutResult {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * An HTTP PUT with exactly these headers (Content-Length is the body's unless given), to a URL
 * absolute or relative to the app. Answers even when the server refuses before reading the body.
 */
export function putBytes(t: TestApp, url: string, body: Buffer, headers: Record<string, string>): Promise<PutResult> {
  const target = new URL(url, t.baseUrl);
  const framed = Object.keys(headers).some((name) => ['content-length', 'transfer-encoding'].includes(name.toLowerCase()));
  return new Promise((resolve, reject) => {
    const req = httpRequest(target, { method: 'PUT', headers: framed ? headers : { ...headers, 'Content-Length': String(body.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString(), headers: res.headers }));
      res.on('error', reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server may answer and close while the body is still going out.
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(body);
  });
}

/** Requests an upload for these bytes and PUTs them as told; the photo's id. */
export async function uploadPhoto(
  t: TestApp,
  user: TestUser,
  bytes: Buffer,
  options: { filename?: string; contentType?: string } = {},
): Promise<string> {
  const grant = await requestPhotoUpload(t, user, { ...options, byteSize: bytes.length });
  const put = await putBytes(t, grant.uploadUrl, bytes, grant.headers);
  if (put.status >= 300) throw new Error(`upload refused with ${put.status}: ${put.body}`);
  return grant.photoId;
}

/** Waits until every queued job (photo processing among them) has finished. */
export function jobsIdle(t: TestApp): Promise<void> {
  return t.app.get(JobQueue).idle();
}
