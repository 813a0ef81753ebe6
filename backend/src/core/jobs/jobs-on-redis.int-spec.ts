import { randomUUID } from 'node:crypto';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { once } from 'node:events';
import { deleteRedisKeys, describeWithRedis, REAL_REDIS_URL, redisConnections } from '../../testing/test-redis';
import { BullMqJobQueue } from './bullmq-job-queue';
import { TimerScheduler } from './scheduler';

describeWithRedis('background jobs on Redis (BullMQ)', () => {
  afterAll(() => deleteRedisKeys('test-'));

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

  it('finishes a job whose worker process was killed mid-job, on another worker', async () => {
    const prefix = `test-${randomUUID()}`;
    // A worker in another process takes the job and dies holding it.
    const doomed = fork(join(__dirname, '../../testing/hanging-worker.js'), [], {
      env: { ...process.env, REDIS_URL: REAL_REDIS_URL!, JOB_PREFIX: prefix },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const redis = redisConnections();
    const survivor = new BullMqJobQueue(redis, prefix, 2000);
    await survivor.enqueue('photo.process', { id: 'mid-job' }, { jobId: 'photo:mid-job' });
    const [message] = (await once(doomed, 'message')) as [string];
    expect(message).toBe('started mid-job');
    doomed.kill('SIGKILL');
    await once(doomed, 'exit');

    const done: string[] = [];
    survivor.handle('photo.process', async (data: { id: string }) => void done.push(data.id));
    const deadline = Date.now() + 20_000;
    while (!done.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(done).toEqual(['mid-job']);
    await survivor.onApplicationShutdown();
    await redis.onApplicationShutdown();
  }, 40_000);

  it('runs a scheduled task once per tick across instances', async () => {
    const [redisA, redisB] = [redisConnections(), redisConnections()];
    const [a, b] = [new TimerScheduler(redisA), new TimerScheduler(redisB)];
    const name = `tick-${randomUUID()}`;
    let runs = 0;
    a.every(name, 200, async () => void runs++);
    b.every(name, 200, async () => void runs++);
    await new Promise((r) => setTimeout(r, 1100));
    await Promise.all([a.onApplicationShutdown(), b.onApplicationShutdown()]);
    // Five or so ticks in 1.1 s: one run each, not two.
    expect(runs).toBeGreaterThanOrEqual(4);
    expect(runs).toBeLessThanOrEqual(6);
    await Promise.all([redisA.onApplicationShutdown(), redisB.onApplicationShutdown()]);
  });
});
