import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { once } from 'node:events';
import { deleteRedisKeys, describeWithRedis, REAL_REDIS_URL, redisConnections } from '../../testing/test-redis';
import { BullMqJobQueue } from './bullmq-job-queue';
import { TimerScheduler } from './scheduler';
import { waitFor } from '../../testing/wait-for';

describeWithRedis('background jobs on Redis (BullMQ)', () => {
  const children: ChildProcess[] = [];
  // The retries these tests cause on purpose would print as warnings; real errors still show.
  beforeAll(() => Logger.overrideLogger(['error', 'fatal']));
  afterAll(async () => {
    Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']);
    // A test that failed half-way must not leave its worker process keeping jest alive.
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await deleteRedisKeys('test-');
  });

  it('runs each job exactly once with two workers on two instances', async () => {
    const prefix = `test-${randomUUID()}`;
    const [redisA, redisB] = [redisConnections(), redisConnections()];
    const [a, b] = [new BullMqJobQueue(redisA, prefix), new BullMqJobQueue(redisB, prefix)];
    const runs: string[] = [];
    const handler = (worker: string) => async (data: { n: number }) => {
      runs.push(`${data.n}`);
      await new Promise((r) => setTimeout(r, 5 + (data.n % 3) * 5));
      return void worker;
    };
    a.handle('photo.process', handler('a'), { concurrency: 3 });
    b.handle('photo.process', handler('b'), { concurrency: 3 });
    await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 ? a : b).enqueue('photo.process', { n }, { jobId: `photo:${n}` })));
    // Enqueuing the same job id again does not make a second job.
    await a.enqueue('photo.process', { n: 0 }, { jobId: 'photo:0' });
    await a.idle();
    expect(runs.sort()).toEqual(Array.from({ length: 40 }, (_, n) => `${n}`).sort());
    await Promise.all([a.onApplicationShutdown(), b.onApplicationShutdown()]);
    await Promise.all([redisA.onApplicationShutdown(), redisB.onApplicationShutdown()]);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const prefix = `test-${randomUUID()}`;
    const redis = redisConnections();
    const queue = new BullMqJobQueue(redis, prefix);
    let attempts = 0;
    queue.handle('flaky', async () => {
      attempts++;
      if (attempts < 3) throw new Error('not yet');
    });
    await queue.enqueue('flaky', {});
    await queue.idle();
    expect(attempts).toBe(3);
    await queue.onApplicationShutdown();
    await redis.onApplicationShutdown();
  }, 30_000);

  it('runs a delayed job no sooner than its delay (webhook retries wait this way)', async () => {
    const prefix = `test-${randomUUID()}`;
    const redis = redisConnections();
    const queue = new BullMqJobQueue(redis, prefix);
    const ranAt: number[] = [];
    queue.handle('later', async () => void ranAt.push(Date.now()));
    const enqueuedAt = Date.now();
    await queue.enqueue('later', {}, { jobId: 'later:1', delayMs: 400 });
    await waitFor(() => ranAt.length === 1, { what: 'the delayed job' });
    expect(ranAt[0] - enqueuedAt).toBeGreaterThanOrEqual(390);
    await queue.onApplicationShutdown();
    await redis.onApplicationShutdown();
  });

  it('finishes a job whose worker process was killed mid-job, on another worker', async () => {
    const prefix = `test-${randomUUID()}`;
    // A worker in another process takes the job and dies holding it.
    const doomed = fork(join(__dirname, '../../testing/hanging-worker.js'), [], {
      env: { ...process.env, REDIS_URL: REAL_REDIS_URL!, JOB_PREFIX: prefix },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    children.push(doomed);
    const redis = redisConnections();
    const survivor = new BullMqJobQueue(redis, prefix, 2000);
    await survivor.enqueue('photo.process', { id: 'mid-job' }, { jobId: 'photo:mid-job' });
    const [message] = (await once(doomed, 'message')) as [string];
    expect(message).toBe('started mid-job');
    doomed.kill('SIGKILL');
    await once(doomed, 'exit');

    const done: string[] = [];
    survivor.handle('photo.process', async (data: { id: string }) => void done.push(data.id));
    await waitFor(() => done.length > 0, { timeout: 20_000, interval: 100, what: 'the job to be finished by the survivor' });
    expect(done).toEqual(['mid-job']);
    await survivor.onApplicationShutdown();
    await redis.onApplicationShutdown();
  }, 40_000);

  it('runs a scheduled task once per tick across instances', async () => {
    const [redisA, redisB] = [redisConnections(), redisConnections()];
    const [a, b] = [new TimerScheduler(redisA), new TimerScheduler(redisB)];
    const name = `tick-${randomUUID()}`;
    let runs = 0;
    const startedAt = Date.now();
    a.every(name, 200, async () => void runs++);
    b.every(name, 200, async () => void runs++);
    // Both instances' timers fire every 200 ms: without the claim, 10 runs would take ~1 s.
    await waitFor(() => runs >= 10, { timeout: 20_000, what: 'ten scheduled runs' });
    await Promise.all([a.onApplicationShutdown(), b.onApplicationShutdown()]);
    const stoppedAt = Date.now();
    // A tick is a 200 ms slot of the clock, claimed once: never more runs than slots passed,
    // however late a busy machine fires the timers.
    const ticks = Math.floor(stoppedAt / 200) - Math.floor(startedAt / 200) + 1;
    expect(runs).toBeLessThanOrEqual(ticks);
    await Promise.all([redisA.onApplicationShutdown(), redisB.onApplicationShutdown()]);
  });
});
