import sharp from 'sharp';
import { Worker } from 'node:worker_threads';

/**
 * jsQR run in a worker thread: in the test file's own jest context the same decode of a whole
 * 1080×1440 poster took 1.4 s (about ten times its time in plain Node), with the worker's start
 * included 0.5 s. The image is decoded whole, as a camera would see it.
 */
const DECODE = `
const { parentPort, workerData } = require('node:worker_threads');
const jsQR = require(workerData.jsqr);
const { data, width, height } = workerData;
parentPort.postMessage(jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width, height)?.data);
`;

/** What a phone's camera would read from the image: the text of the QR code in it, if any. */
export async function decodeQr(image: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const worker = new Worker(DECODE, { eval: true, workerData: { jsqr: require.resolve('jsqr'), data, width: info.width, height: info.height } });
  try {
    return await new Promise<string | undefined>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the QR decoder exited (${code}) without an answer`)));
    });
  } finally {
    await worker.terminate();
  }
}
