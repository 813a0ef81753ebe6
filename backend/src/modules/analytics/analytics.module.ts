import { Module } from '@nestjs/common';

/** Campaign numbers and exports for brand staff (see the analytics work). */
@Module({})
export class AnalyticsModule {}
