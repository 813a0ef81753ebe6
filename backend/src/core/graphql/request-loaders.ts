import { Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import DataLoader from 'dataloader';
import type { UserEntity } from '../../modules/accounts/user.entity';

/**
 * A loader definition lives beside its domain (`user-by-id.loader.ts`) as an injectable with a
 * `create` method. RequestLoaders makes at most one DataLoader of each kind per request, so
 * every field in a list batches into the same query.
 */
export interface LoaderFactory<K, V> {
  create(viewer: UserEntity | null): DataLoader<K, V>;
}

export class RequestLoaders {
  private readonly loaders = new Map<Type<unknown>, DataLoader<unknown, unknown>>();

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly viewer: UserEntity | null,
  ) {}

  get<K, V>(factory: Type<LoaderFactory<K, V>>): DataLoader<K, V> {
    let loader = this.loaders.get(factory);
    if (!loader) {
      loader = this.moduleRef.get(factory, { strict: false }).create(this.viewer) as DataLoader<unknown, unknown>;
      this.loaders.set(factory, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results to match the keys, as DataLoader requires; missing keys get `fallback`. */
export function inKeyOrder<K, V, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K, valueOf: (row: R) => V, fallback: V): V[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), valueOf(row));
  return keys.map((key) => (byKey.has(key) ? byKey.get(key)! : fallback));
}
