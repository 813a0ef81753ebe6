import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The framework's ceiling: Apollo Server 5 with nothing but `type Query { hello: String }`, in a
 * process of its own like the product, on PORT. The bench divides the product's `{ __typename }`
 * by this server's.
 */
async function main() {
  const server = new ApolloServer({ typeDefs: `type Query { hello: String }`, resolvers: { Query: { hello: () => 'world' } } });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(process.env.PORT) } });
  console.log(`ready ${url}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
