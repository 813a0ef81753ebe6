import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppProcess } from '../../testing/app-process';
import { seedMigratedPglite } from '../../testing/test-database';
import { waitFor } from '../../testing/wait-for';

describe('structured logs', () => {
  it('writes one JSON line per request with its id, and never a password or a token', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ugc-logs-'));
    // Not about migrating: the run's migrated database, so the process is ready sooner.
    seedMigratedPglite(dataDir);
    const app = await startAppProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'trace' });
    try {
      const password = 'Secret-Password-4711';
      const post = (query: string, token?: string) =>
        fetch(`${app.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': 'req-under-test', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        }).then((r) => r.json() as Promise<{ data: { register: { accessToken: string } } }>);
      const registered = await post(`mutation { register(input: { email: "log@example.com", password: "${password}", displayName: "Log" }) { accessToken } }`);
      const token = registered.data.register.accessToken;
      await post(`mutation { login(email: "log@example.com", password: "${password}") { accessToken } }`);
      await post(`{ me { id } }`, token);
      // A request's line is written when its response has finished, which the client may see first.
      const requestLines = () =>
        app
          .output()
          .split('\n')
          .slice(0, -1) // the last piece is a line still being written
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as { req?: { id: string; path: string } })
          .filter((entry) => entry.req?.path === '/graphql');
      await waitFor(() => requestLines().length >= 3, { timeout: 10_000, what: 'a log line for each of the three requests' });

      const output = app.output();
      expect(output).not.toContain(password);
      expect(output).not.toContain(token);
      expect(requestLines().length).toBeGreaterThanOrEqual(3);
      expect(requestLines().every((entry) => entry.req!.id === 'req-under-test')).toBe(true);
    } finally {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
