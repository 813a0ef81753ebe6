// A BullMQ worker that takes a job, reports it, and never finishes: the test kills this process
// to show that the job is not lost. Plain JS so that it runs without the TypeScript build.
const { Worker } = require('bullmq');
const IORedis = require('ioredis');

const connection = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: null });
new Worker(
  'photo.process',
  async (job) => {
    process.send(`started ${job.data.id}`);
    await new Promise(() => undefined);
  },
  { connection, prefix: process.env.JOB_PREFIX, lockDuration: 2000, stalledInterval: 1000 },
);
