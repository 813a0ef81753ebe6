import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../../..');

/** `docker compose` (the plugin) or Debian's `docker-compose`: whichever this machine has. */
async function composeCommand(): Promise<string[] | null> {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    try {
      await run(command[0], [...command.slice(1), 'version'], { timeout: 20_000 });
      return command;
    } catch {
      // not this one
    }
  }
  return null;
}

const compose = async (command: string[], args: string[], env: Record<string, string>) =>
  run(command[0], [...command.slice(1), '--project-directory', ROOT, '-f', join(ROOT, 'docker-compose.yml'), ...args], {
    cwd: ROOT, timeout: 60_000, env: { PATH: process.env.PATH ?? '', ...env },
  });

/**
 * The deployment recipe is read by Compose itself, as a deployer would run it: valid against
 * Compose's schema, complete with the example .env, and refusing to render without a secret.
 * Needs Compose's CLI (Debian: `apt-get install docker-compose`; no engine); CI fails without it.
 */
describe('docker-compose.yml', () => {
  let command: string[] | null;
  beforeAll(async () => {
    command = await composeCommand();
    if (!command && process.env.CI) throw new Error('CI needs Compose (docker compose or docker-compose) to check docker-compose.yml');
  });

  it('passes `compose config` with the example .env', async () => {
    if (!command) return console.warn('skipped: no docker compose / docker-compose on this machine');
    const { stdout } = await compose(command, ['--env-file', join(ROOT, '.env.example'), 'config'], {});
    expect(stdout).toMatch(/app-1:/);
    expect(stdout).toMatch(/nginx/);
  });

  it('refuses to render without the secrets the .env must give', async () => {
    if (!command) return console.warn('skipped: no docker compose / docker-compose on this machine');
    await expect(compose(command, ['config', '-q'], {})).rejects.toMatchObject({ stderr: expect.stringMatching(/JWT_SECRET|POSTGRES_PASSWORD|ADMIN/) });
  });
});
