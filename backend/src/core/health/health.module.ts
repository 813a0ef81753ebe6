import { Global, Module } from '@nestjs/common';
import { Drain } from './drain';
import { HealthController } from './health.controller';

@Global()
@Module({ controllers: [HealthController], providers: [Drain], exports: [Drain] })
export class HealthModule {}
