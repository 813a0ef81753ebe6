import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../gql/graphql';

// The server refuses documents that are too costly or too deep before running them (graphql-armor
// in backend/src/core/graphql/graphql.module.ts: cost 5000, depth 10, 15 aliases) with a 400
// QUERY_TOO_COMPLEX. A literal `first: 50` multiplies the cost of everything under it, which is how
// the story page once failed on the real server while it worked on the mock. These mirror the
// server's rules (graphql-armor's defaults: objects cost 2, scalars 1, ×1.5 per level, literal
// first/last multiply, fragment spreads count as a level) so every operation is checked here.
const MAX_COST = 5000;
const MAX_DEPTH = 10;
const MAX_ALIASES = 15;

type Node = OperationDefinitionNode | FragmentDefinitionNode | SelectionSetNode['selections'][number];

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
}

function cost(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = fragmentsOf(document);
  const visited = new Map<string, number>();
  const walk = (node: Node, depth: number): number => {
    if (node.kind === Kind.OPERATION_DEFINITION) return node.selectionSet.selections.reduce((sum, child) => sum + walk(child, depth + 1), 0);
    let total = 1;
    if ('selectionSet' in node && node.selectionSet) {
      total = 2;
      let multiplier = 1;
      for (const argument of ('arguments' in node && node.arguments) || []) {
        if (argument.name.value === 'first' || argument.name.value === 'last') {
          if (argument.value.kind === Kind.INT) multiplier = Math.max(Number.parseInt(argument.value.value, 10), multiplier);
          break;
        }
      }
      for (const child of node.selectionSet.selections) total += 1.5 * walk(child, depth + 1);
      total *= multiplier;
    } else if (node.kind === Kind.FRAGMENT_SPREAD) {
      const name = node.name.value;
      if (visited.has(name)) return total + 1.5 * (visited.get(name) ?? 0);
      visited.set(name, -1);
      const fragment = fragments.get(name);
      if (fragment) {
        const fragmentCost = walk(fragment, depth + 1);
        total += 1.5 * fragmentCost;
        if (visited.get(name) === -1) visited.set(name, fragmentCost);
      }
    }
    return total;
  };
  return walk(operation, 0);
}

function depth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = fragmentsOf(document);
  const visited = new Map<string, number>();
  const walk = (node: Node, parentDepth: number): number => {
    let deepest = parentDepth;
    if ('selectionSet' in node && node.selectionSet) {
      for (const child of node.selectionSet.selections) deepest = Math.max(deepest, walk(child, parentDepth + 1));
    } else if (node.kind === Kind.FRAGMENT_SPREAD) {
      const base = parentDepth + 1;
      const name = node.name.value;
      if (visited.has(name)) return base + (visited.get(name) ?? 0);
      visited.set(name, -1);
      const fragment = fragments.get(name);
      if (fragment) {
        const fragmentDepth = walk(fragment, 0);
        deepest = Math.max(deepest, base + fragmentDepth);
        if (visited.get(name) === -1) visited.set(name, fragmentDepth);
      }
    }
    return deepest;
  };
  return walk(operation, 0);
}

function aliases(document: DocumentNode): number {
  let count = 0;
  const walk = (selections: SelectionSetNode['selections']) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD && selection.alias) count += 1;
      if ('selectionSet' in selection && selection.selectionSet) walk(selection.selectionSet.selections);
    }
  };
  for (const definition of document.definitions) {
    if ('selectionSet' in definition && definition.selectionSet) walk(definition.selectionSet.selections);
  }
  return count;
}

const operations = Object.values(generated).flatMap((value) => {
  const document = value as DocumentNode;
  if (!document || typeof document !== 'object' || document.kind !== Kind.DOCUMENT) return [];
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.name ? [{ name: operation.name.value, document, operation }] : [];
});

describe('every GraphQL operation of the app', () => {
  it('is found in the generated documents', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.map((entry) => entry.name)).toContain('StoryPage');
  });

  it.each(operations.map((entry) => [entry.name, entry] as const))('%s stays within the server’s cost, depth and alias limits', (_name, { document, operation }) => {
    expect(cost(document, operation)).toBeLessThanOrEqual(MAX_COST);
    expect(depth(document, operation)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(aliases(document)).toBeLessThanOrEqual(MAX_ALIASES);
  });

  it('measures cost the way the server does', () => {
    // StoryPage with comments(first: 50) was refused by the real server with "found 6037.15625".
    const story = operations.find((entry) => entry.name === 'StoryPage')!;
    expect(cost(story.document, story.operation)).toBeGreaterThan(1000);
    expect(cost(story.document, story.operation)).toBeLessThan(MAX_COST);
  });
});
