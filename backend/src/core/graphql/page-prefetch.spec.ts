import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, OperationDefinitionNode, parse } from 'graphql';
import { PagePrefetch, selectedFields } from './page-prefetch';
import type { RequestContext } from './request-context';
import { RequestLoaders } from './request-loaders';

/** The resolve info of the operation's first root field, as graphql-js would hand it to its resolver. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFields', () => {
  it('names the fields asked at a path, through fragments and inline fragments', () => {
    const info = infoOf(`
      query { feed(campaignId: "c") { pageInfo { endCursor } nodes { id ...Card ... on Story { viewerHasLiked } } } }
      fragment Card on Story { title author { displayName ...Avatar } }
      fragment Avatar on User { avatarUrl }`);
    expect([...selectedFields(info, ['nodes'])].sort()).toEqual(['author', 'id', 'title', 'viewerHasLiked']);
    expect([...selectedFields(info, ['nodes', 'author'])].sort()).toEqual(['avatarUrl', 'displayName']);
    expect([...selectedFields(info, [])].sort()).toEqual(['nodes', 'pageInfo']);
    expect([...selectedFields(info, ['nodes', 'photos'])]).toEqual([]);
  });
});

describe('PagePrefetch', () => {
  it('runs only the prefetchers of fields the query asks for, and their values are then read without a promise', async () => {
    const counts = { create: (): any => ({ loadMany: async (keys: string[]) => keys.map((k) => k.length), load: async (k: string) => k.length }) };
    const prefetch = new PagePrefetch();
    const ran: string[] = [];
    prefetch.register<{ id: string }>('Story', {
      fields: ['likeCount'],
      load: async (stories, context) => {
        ran.push('likeCount');
        await context.loaders.prefetch(counts, stories.map((s) => s.id));
      },
    });
    prefetch.register('Story', { fields: ['photos'], load: async () => ran.push('photos') });
    const context = { viewer: null, loaders: new RequestLoaders(null) } as RequestContext;
    const info = infoOf(`query { feed { nodes { id likeCount } } }`);
    await prefetch.run('Story', [{ id: 'abc' }, { id: 'de' }], context, info, ['nodes']);
    expect(ran).toEqual(['likeCount']);
    expect(context.loaders.now(counts, 'abc')).toBe(3);
    expect(context.loaders.now(counts, 'xyz')).toBeInstanceOf(Promise);
  });
});
