import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';

const signedIn = (context: GraphQLRequestContext<BaseContext>) => !!context.request.http?.headers.get('authorization');
const anonymousQuery = (context: GraphQLRequestContext<BaseContext>) => context.operation?.operation === 'query' && !signedIn(context);

/**
 * Apollo's cache-control plugin works out each answer's cache policy with a hook on every
 * field resolved: a third of a signed-in feed page's allocations, for a policy nothing reads
 * (signed-in answers are never cached). It runs for the signed-out only.
 */
function forSignedOut(plugin: ApolloServerPlugin): ApolloServerPlugin {
  return {
    ...plugin,
    async requestDidStart(context) {
      return signedIn(context) ? undefined : plugin.requestDidStart?.(context);
    },
  };
}

/**
 * The Double 11 crowd scrolling a campaign is mostly signed out, and everyone of them sees the
 * same feed: their queries are answered from a short-lived shared cache (Apollo's response
 * cache, in this instance's memory), and carry `Cache-Control: public, max-age=N` so a CDN can
 * answer GET requests (persisted queries by hash) without reaching an instance at all. What a
 * signed-in person gets depends on who they are (viewerHasLiked, their own pending stories), so
 * it is never cached and says `private, no-store`; so do mutations. Counts shown to the signed
 * out are then at most `maxAgeSeconds` old; a removed story leaves within as long.
 */
export function publicResponseCache(maxAgeSeconds: number): ApolloServerPlugin[] {
  const keepPrivate: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse(context) {
          if (!anonymousQuery(context) || maxAgeSeconds <= 0) context.response.http.headers.set('cache-control', 'private, no-store');
        },
      };
    },
  };
  if (maxAgeSeconds <= 0) return [forSignedOut(ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: false })), keepPrivate];
  return [
    forSignedOut(ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeSeconds })),
    responseCachePlugin({
      // One shared entry per query and variables: nothing in a signed-out answer is personal.
      sessionId: async () => null,
      shouldReadFromCache: async (context) => anonymousQuery(context) && !(context.contextValue as { readAfresh?: boolean }).readAfresh,
      shouldWriteToCache: async (context) => anonymousQuery(context),
    }),
    // Last, so that it has the final word on the header.
    keepPrivate,
  ];
}
