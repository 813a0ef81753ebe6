import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedisConnections } from '../redis/redis.module';
import { Drain } from './drain';

/**
 * /healthz: the process is up (for restarts). /readyz: it can serve, i.e. it is not draining and
 * the database answers and is migrated (for load balancers); a lost Redis shows as `degraded`.
 */
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisConnections,
    private readonly drain: Drain,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready() {
    const checks: Record<string, string> = {};
    // Draining (SIGTERM): out of the load balancer at once, while still serving what arrives.
    if (this.drain.draining) throw new ServiceUnavailableException({ status: 'draining', checks });
    try {
      const pending = await this.withTimeout(this.dataSource.showMigrations());
      checks.database = pending ? 'migrations pending' : 'ok';
    } catch {
      checks.database = 'unreachable';
    }
    // Redis is shared by every instance: were it to make them unready, one Redis blip would take
    // the whole service out of the load balancer at once. Without it the instance still serves
    // (rate limits count in memory, jobs wait, live updates pause), so it is reported, not fatal.
    const degraded: string[] = [];
    if (this.redis.client) {
      try {
        await this.withTimeout(this.redis.client.ping(), 1000);
        checks.redis = 'ok';
      } catch {
        checks.redis = 'unreachable';
        degraded.push('redis');
      }
    }
    const fatal = Object.entries(checks).filter(([name, state]) => state !== 'ok' && !degraded.includes(name));
    if (fatal.length) throw new ServiceUnavailableException({ status: 'not ready', checks });
    return degraded.length ? { status: 'degraded', degraded, checks } : { status: 'ready', checks };
  }

  private withTimeout<T>(work: Promise<T>, ms = 2000): Promise<T> {
    return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
  }
}
