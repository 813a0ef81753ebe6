import { Global, Injectable, Module } from '@nestjs/common';
import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import type { RequestContext } from './request-context';

/** What one owner of some fields of a type loads, for a whole page of its objects, before they are resolved. */
export interface Prefetcher<T> {
  /** The fields whose resolvers read what `load` loads: it runs only when the query asks for one of them. */
  fields: readonly string[];
  /**
   * Loads with `context.loaders.prefetch`, so the fields' `context.loaders.now` find the values
   * held. `selected(['author'])` names the fields the query asks of what a field returns.
   */
  load(items: T[], context: RequestContext, selected: (path: string[]) => Set<string>): Promise<unknown>;
}

/**
 * A page of objects (a feed's stories) is resolved field by field by graphql-js: a field that
 * awaits a loader makes a promise per object, and an object with one such field is awaited as a
 * whole, so a page of 20 stories made a few hundred promises, most of a signed-in page's cost
 * after the queries themselves. The resolver of a page calls `run` once it has the page: every
 * prefetcher the query needs loads its part at once (each one batched query, or none when recent
 * rows hold it), and the fields then resolve synchronously from what the loaders hold. A field
 * asked for without a prefetch (a single story, a nested list) loads as before.
 *
 * The owners of the fields register here (their module's resolver, on init): the page's resolver
 * need not know what other domains add to the type.
 */
@Injectable()
export class PagePrefetch {
  private readonly byType = new Map<string, Prefetcher<never>[]>();

  register<T>(typeName: string, prefetcher: Prefetcher<T>): void {
    const prefetchers = this.byType.get(typeName) ?? [];
    prefetchers.push(prefetcher as Prefetcher<never>);
    this.byType.set(typeName, prefetchers);
  }

  /** A connection's page (`nodes` of `typeName`), its nodes prefetched: what a list query returns. */
  async connection<P extends { nodes: unknown[] }>(typeName: string, page: P, context: RequestContext, info: GraphQLResolveInfo): Promise<P> {
    await this.run(typeName, page.nodes, context, info, ['nodes']);
    return page;
  }

  /**
   * Loads what the fields the query selects of `items` (objects of `typeName`, found at `path`
   * below the field `info` resolves: ['nodes'] for a connection, [] for the object itself) will read.
   */
  async run<T>(typeName: string, items: T[], context: RequestContext, info: GraphQLResolveInfo, path: string[]): Promise<void> {
    if (!items.length) return;
    const selected = selectedFields(info, path);
    const below = (sub: string[]) => selectedFields(info, [...path, ...sub]);
    const due = (this.byType.get(typeName) ?? []).filter((p) => p.fields.some((field) => selected.has(field)));
    await Promise.all(due.map((prefetcher) => (prefetcher as Prefetcher<T>).load(items, context, below)));
  }
}

@Global()
@Module({ providers: [PagePrefetch], exports: [PagePrefetch] })
export class PagePrefetchModule {}

/**
 * The names of the fields the query selects at `path` below the resolved field (e.g. ['nodes'] of
 * a connection), through fragments and inline fragments. @include/@skip are not evaluated: a
 * field they may leave out counts as selected (a prefetch too many, never one too few).
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    level = fieldsIn(level, info.fragments)
      .filter((field) => field.name.value === name && field.selectionSet)
      .map((field) => field.selectionSet!);
  }
  return new Set(fieldsIn(level, info.fragments).map((field) => field.name.value));
}

function fieldsIn(sets: SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}
