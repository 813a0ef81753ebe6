import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, isEnumType, isInputObjectType,
  isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType, isUnionType,
} from 'graphql';
import { Role } from '../../modules/accounts/role.enum';
import { openSocket, TestSocket } from '../../testing/socket-client';
import { GqlResult, startTestApp, TestApp, TestUser } from '../../testing/test-app';

/**
 * Operations generated from the schema itself with a fixed seed: every root field, with
 * arguments right, wrong, missing, huge, hostile (SQL, NUL, lone surrogates, 10,000 characters)
 * and selections a few levels deep, sent by anonymous people, customers and staff, over HTTP and
 * over the websocket. Whatever the input, the server answers with a coded error or data: never
 * a 500, never INTERNAL_SERVER_ERROR, never an error without `extensions.code`.
 */
const OPERATIONS_PER_TRANSPORT = 1_000;
const SEED = 20261202;

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof random>;

const HOSTILE_STRINGS = [
  '', ' ', 'x', '🌸✨🧋', '我的生活小物', "'; DROP TABLE users; --", '\u0000', 'a\u0000b', '\udc00', '\ud83d', '<script>alert(1)</script>',
  '../../etc/passwd', '%00', '\u202Egnp.exe', 'x'.repeat(10_000), '00000000-0000-4000-8000-000000000000', 'not-a-uuid', '1e309', 'NaN',
  '2026-13-45T99:99:99Z', '2026-12-01T00:00:00Z', '{"a":1}', 'null',
];
const HOSTILE_NUMBERS = [0, -1, 1, 20, 100, 101, 2 ** 31, -(2 ** 31) - 1, 1.5, Number.MAX_SAFE_INTEGER];

function valueFor(type: GraphQLInputType, rnd: Random, depth = 0): unknown {
  if (rnd.chance(0.05)) return rnd.pick<unknown>([null, 'wrong type', 42, true, [], {}]);
  if (isNonNullType(type)) return valueFor(type.ofType, rnd, depth);
  if (isListType(type)) return Array.from({ length: rnd.int(4) }, () => valueFor(type.ofType, rnd, depth + 1));
  if (isEnumType(type)) return rnd.chance(0.9) ? rnd.pick(type.getValues()).value : 'NOT_A_VALUE';
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const fields = Object.values(type.getFields());
    return Object.fromEntries(fields.filter((f) => isNonNullType(f.type) || rnd.chance(0.5)).map((f) => [f.name, valueFor(f.type, rnd, depth + 1)]));
  }
  switch ((type as GraphQLNamedType).name) {
    case 'Int':
    case 'Float':
      return rnd.pick(HOSTILE_NUMBERS);
    case 'Boolean':
      return rnd.chance(0.5);
    case 'ID':
      return rnd.chance(0.6) ? '00000000-0000-4000-8000-00000000000' + rnd.int(10) : rnd.pick(HOSTILE_STRINGS);
    default:
      return rnd.pick(HOSTILE_STRINGS);
  }
}

function selectionFor(type: GraphQLNamedType, rnd: Random, depth: number): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type)) return `{ __typename ${type.getTypes().slice(0, 2).map((t) => `... on ${t.name} ${selectionFor(t, rnd, depth + 1) || '{ __typename }'}`).join(' ')} }`;
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values((type as GraphQLObjectType).getFields());
  const chosen = fields.filter(() => rnd.chance(0.35)).slice(0, 4);
  const parts = ['__typename'];
  for (const field of chosen) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      if (!field.args.some((a) => isNonNullType(a.type))) parts.push(field.name);
    } else if (depth < 3 && !field.args.some((a) => isNonNullType(a.type))) {
      const args = field.args.some((a) => a.name === 'first') && rnd.chance(0.5) ? `(first: ${rnd.pick([1, 5, 20])})` : '';
      parts.push(`${field.name}${args} ${selectionFor(named, rnd, depth + 1) || '{ __typename }'}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

function operationFor(schema: GraphQLSchema, rnd: Random): { query: string; variables: Record<string, unknown> } {
  const root = rnd.chance(0.6) ? schema.getQueryType()! : schema.getMutationType()!;
  const field: GraphQLField<unknown, unknown> = rnd.pick(Object.values(root.getFields()));
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && rnd.chance(0.5)) continue;
    if (rnd.chance(0.03)) continue; // a required argument left out
    definitions.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = valueFor(arg.type, rnd);
  }
  const keyword = root === schema.getQueryType() ? 'query' : 'mutation';
  const selection = selectionFor(getNamedType(field.type), rnd, 1);
  const query = `${keyword} Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
  return { query, variables };
}

function serverFaults(result: GqlResult): string[] {
  const faults: string[] = [];
  if (result.status >= 500) faults.push(`HTTP ${result.status}`);
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code;
    if (!code) faults.push(`no code: ${error.message}`);
    else if (code === 'INTERNAL_SERVER_ERROR') faults.push(`INTERNAL_SERVER_ERROR at ${error.path?.join('.') ?? '?'}`);
  }
  return faults;
}

describe('schema-driven fuzzing of the front door', () => {
  let t: TestApp;
  let people: (TestUser | undefined)[];
  let schema: GraphQLSchema;
  beforeAll(async () => {
    // Limits stay on: being refused is an answer too, and the fuzz must not be slowed into a timeout by them.
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    people = [undefined, await t.createUser(), await t.createUser({ role: Role.MODERATOR }), await t.createUser({ role: Role.BRAND_STAFF }), await t.createUser({ role: Role.ADMIN })];
  });
  afterAll(() => t.close());

  it(`answers ${OPERATIONS_PER_TRANSPORT} generated operations over HTTP without a server error`, async () => {
    const rnd = random(SEED);
    const faults: string[] = [];
    for (let i = 0; i < OPERATIONS_PER_TRANSPORT; i++) {
      const { query, variables } = operationFor(schema, rnd);
      const result = await t.gql(query, variables, rnd.pick(people));
      for (const fault of serverFaults(result)) faults.push(`${fault}\n    ${query.slice(0, 300)}`);
    }
    expect(faults).toEqual([]);
  });

  it(`answers ${OPERATIONS_PER_TRANSPORT} generated operations over the websocket without a server error`, async () => {
    const rnd = random(SEED + 1);
    const faults: string[] = [];
    const sockets = new Map<TestUser | undefined, TestSocket>();
    try {
      for (let i = 0; i < OPERATIONS_PER_TRANSPORT; i++) {
        const { query, variables } = operationFor(schema, rnd);
        const person = rnd.pick(people);
        // A fresh socket every so often: one socket's message limit is not what this tests.
        if (i % 100 === 0) {
          await Promise.all([...sockets.values()].map((s) => s.dispose()));
          sockets.clear();
        }
        let socket = sockets.get(person);
        if (!socket || socket.closed()) sockets.set(person, (socket = openSocket(t, person)));
        const result = await socket.run(query, variables);
        for (const fault of serverFaults(result)) faults.push(`${fault}\n    ${query.slice(0, 300)}`);
      }
    } finally {
      await Promise.all([...sockets.values()].map((s) => s.dispose()));
    }
    expect(faults).toEqual([]);
  });
});
