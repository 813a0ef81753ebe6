import type { HTTPGraphQLResponse } from '@apollo/server';
import { Global, Injectable, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType, GraphQLObjectType, GraphQLSchema, isObjectType, Kind, parse,
  type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TokenService } from '../auth/token.service';
import type { Viewer } from '../auth/viewer';
import { AppConfig } from '../config/app-config';
import { GraphQLContextFactory } from './graphql-context.factory';

/** Answers larger than this are not shared (a feed page is 20–40 KB). */
const MAX_ANSWER_BYTES = 256 * 1024;
/** Documents analysed and answers held, per instance. */
const MAX_DOCUMENTS = 500;
const MAX_ANSWERS = 2000;

/** How a field declared the same for members as for the signed out is the same. */
export interface SameOptions {
  /** For whom (default: every signed-in viewer). A staff member previewing a draft sees more than the crowd. */
  for?: (viewer: Viewer) => boolean;
  /**
   * A null here may be the signed-out's only: `story(id)` is null for a story still in review,
   * which its author sees. Such an answer is executed for each member.
   */
  nullIsPersonal?: boolean;
}

/** A field whose value is the viewer's own (viewerHasLiked): filled per request for the objects' ids. */
export interface ViewerField {
  field: string;
  fill(viewer: Viewer, ids: string[]): Promise<unknown[]>;
}

/**
 * The users whose own these objects are (a story shows its author its unfinished photos): read
 * once per shared answer, so an owner must never change.
 */
export type OwnersOf = (ids: string[]) => Promise<string[]>;

/** What a signed-in request asks, as this instance understood it. */
export interface SignedInQuery {
  text: string;
  variables: Record<string, unknown>;
  operationName: string | null;
}

/** A member's answer, made from a shared one. */
export interface PersonalAnswer {
  operationName: string | null;
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** A shared answer's bytes around the places the viewer's own values go. */
interface SharedAnswer {
  status: number;
  headers: [string, string][];
  /** segments[0] slot[0] segments[1] … slot[n-1] segments[n]. */
  segments: string[];
  slots: { typeName: string; field: string; id: string }[];
  /** Who owns an object it holds (OwnersOf): theirs is executed. */
  owners: Set<string>;
  /** Every object with an id it holds ("Story:<id>"), for `forget`. */
  mentions: Set<string>;
  expiresAt: number;
  /** Each member's own for now: it had errors, or a null only the signed out get. */
  unshared?: true;
}

/** How to walk one selection of the answer: the viewer's fields there, and the objects below. */
interface Plan {
  typeName: string;
  /** Response key of `id` (required where a viewer field or the type's owners need it). */
  idKey?: string;
  viewerFields: { key: string; field: string }[];
  /** Response keys whose null is not for everyone (SameOptions.nullIsPersonal). */
  personalIfNull: string[];
  children: Map<string, Plan>;
}

interface Analysis {
  /** The operation's name, for metrics. */
  name: string | null;
  plan: Plan;
  /** Who may be given the shared answer: every field's sameFor. */
  sameFor: ((viewer: Viewer) => boolean)[];
}

/**
 * A signed-in member's feed page is the page everyone gets, plus their own part (whether they
 * liked each story). Executing it per reader made the signed-in feed cost eight times the
 * signed-out one, which is answered from a cache; at Double 11 most readers are signed in.
 * So a query made only of fields whose owners declared them the same for this viewer as for the
 * signed out (`same`), and of the viewer's own fields (`personal`), is executed once as signed
 * out per RECENT_READS_MS (the moment RecentRows already shares rows for) and kept as bytes
 * with holes; each member's answer is those bytes with their own values put in: one batched
 * query per viewer field, no execution. Anything else (a field nobody declared, a directive, a
 * fragment on an interface, a viewer for whom a field is not the same, a page holding the
 * viewer's own story, an answer with errors) is executed for the viewer as before.
 *
 * Safe by default: a field is shared only once its owner says so, next to its resolver; a new
 * field that reads the viewer is simply not shared. Declare a field only if its value, for the
 * viewers `sameFor` admits, never depends on who asks.
 */
@Injectable()
export class SharedAnswers {
  private readonly sameFields = new Map<string, Map<string, SameOptions>>();
  private readonly viewerFields = new Map<string, Map<string, ViewerField['fill']>>();
  private readonly ownersOf = new Map<string, OwnersOf>();
  private readonly analyses = new LRUCache<string, Analysis | 'no'>({ max: MAX_DOCUMENTS });
  /** Documents by their sha256 (what a persisted query sends instead of its text). */
  private readonly byHash = new LRUCache<string, string>({ max: MAX_DOCUMENTS });
  private readonly answers = new LRUCache<string, SharedAnswer>({
    max: MAX_ANSWERS,
    dispose: (answer, key) => this.unindex(answer, key),
  });
  /** The answers that hold each object, by "Type:id". */
  private readonly holding = new Map<string, Set<string>>();
  /**
   * Executions of a shared answer in flight, so a thousand readers of an expired page wait for
   * one. A write forgets them too: what they read may predate it, so they are not kept.
   */
  private readonly making = new Map<string, { answer: Promise<SharedAnswer | null>; superseded: boolean }>();
  private readonly ttlMs: number;

  constructor(
    config: AppConfig,
    private readonly tokens: TokenService,
    private readonly contexts: GraphQLContextFactory,
    private readonly moduleRef: ModuleRef,
  ) {
    this.ttlMs = config.RECENT_READS_MS;
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  same(typeName: string, fields: readonly string[], options: SameOptions = {}): void {
    const known = this.sameFields.get(typeName) ?? new Map();
    for (const field of fields) known.set(field, options);
    this.sameFields.set(typeName, known);
  }

  personal(typeName: string, field: ViewerField): void {
    const known = this.viewerFields.get(typeName) ?? new Map();
    known.set(field.field, field.fill);
    this.viewerFields.set(typeName, known);
  }

  ownedBy(typeName: string, ownersOf: OwnersOf): void {
    this.ownersOf.set(typeName, ownersOf);
  }

  /** A write on this instance changed the object: answers holding it are made afresh (others' within RECENT_READS_MS). */
  forget(typeName: string, id: string): void {
    for (const key of [...(this.holding.get(`${typeName}:${id}`) ?? [])]) this.answers.delete(key);
    this.supersedeMaking();
  }

  /** What lists hold changed (a story joined or left the feeds): every answer is made afresh. */
  forgetAll(): void {
    this.answers.clear();
    this.supersedeMaking();
  }

  private supersedeMaking(): void {
    for (const making of this.making.values()) making.superseded = true;
    this.making.clear();
  }

  private unindex(answer: SharedAnswer, key: string): void {
    for (const mention of answer.mentions) {
      const keys = this.holding.get(mention);
      keys?.delete(key);
      if (keys?.size === 0) this.holding.delete(mention);
    }
  }

  /**
   * The signed-in request's answer from a shared one, or null when it must be executed for the
   * viewer (also when its token is bad: the normal path says why). `executeSignedOut` runs the
   * same query through Apollo as if nobody were signed in, reading afresh.
   */
  async answer(
    req: IncomingMessage,
    body: unknown,
    executeSignedOut: (query: SignedInQuery) => Promise<HTTPGraphQLResponse>,
  ): Promise<PersonalAnswer | null> {
    if (!this.enabled) return null;
    const query = this.queryOf(req, body);
    if (!query) return null;
    const analysis = this.analyse(query);
    if (!analysis) return null;
    const viewer = await this.viewerOf(req);
    if (!viewer || !analysis.sameFor.every((sameFor) => sameFor(viewer))) return null;
    const key = JSON.stringify([req.headers.accept ?? '', query.operationName, query.text, query.variables]);
    const shared = await this.sharedAnswer(key, analysis.plan, () => executeSignedOut(query));
    if (!shared || shared.unshared || shared.owners.has(viewer.id)) return null;
    let values: unknown[];
    try {
      values = await this.viewerValues(viewer, shared);
    } catch {
      // Executed for the viewer instead, whose answer then says what went wrong, as any other.
      return null;
    }
    let text = shared.segments[0];
    for (let i = 0; i < values.length; i++) text += JSON.stringify(values[i] ?? null) + shared.segments[i + 1];
    const headers = shared.headers.filter(([name]) => name !== 'cache-control');
    headers.push(['cache-control', 'private, no-store']);
    return { operationName: analysis.name, status: shared.status, headers, body: Buffer.from(text, 'utf8') };
  }

  /** The query's text, variables and name, from a JSON POST or a GET (its text, or its persisted hash once seen). */
  private queryOf(req: IncomingMessage, body: unknown): SignedInQuery | null {
    let params: { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown };
    if (req.method === 'POST') {
      if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
      params = body;
    } else if (req.method === 'GET') {
      const search = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      try {
        const json = (name: string) => (search.has(name) ? JSON.parse(search.get(name)!) : undefined);
        params = { query: search.get('query') ?? undefined, variables: json('variables'), operationName: search.get('operationName') ?? undefined, extensions: json('extensions') };
      } catch {
        return null;
      }
    } else return null;
    const hash = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    let text = typeof params.query === 'string' ? params.query : undefined;
    if (text !== undefined && typeof hash === 'string') {
      // Remembered only under the hash the text really has (as Apollo checks it).
      if (createHash('sha256').update(text).digest('hex') === hash) this.byHash.set(hash, text);
    } else if (text === undefined && typeof hash === 'string') text = this.byHash.get(hash);
    if (text === undefined) return null;
    const variables = params.variables ?? {};
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) return null;
    const operationName = typeof params.operationName === 'string' ? params.operationName : null;
    return { text, variables: variables as Record<string, unknown>, operationName };
  }

  private async viewerOf(req: IncomingMessage): Promise<Viewer | null> {
    try {
      const token = TokenService.fromAuthorization(req.headers.authorization);
      return token ? await this.contexts.requireViewer(this.tokens.claims(token)) : null;
    } catch {
      return null;
    }
  }

  private analyse(query: SignedInQuery): Analysis | null {
    const cacheKey = `${query.operationName ?? ''}\n${query.text}`;
    let analysis = this.analyses.get(cacheKey);
    if (analysis === undefined) {
      analysis = this.plan(query) ?? 'no';
      this.analyses.set(cacheKey, analysis);
    }
    return analysis === 'no' ? null : analysis;
  }

  /** The plan of a query every field of which may be shared, or null. */
  private plan(query: SignedInQuery): Analysis | null {
    // The GraphQL module's, built after this service.
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    let document: DocumentNode;
    try {
      document = parse(query.text, { maxTokens: 4000 });
    } catch {
      return null;
    }
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = query.operationName ? operations.find((o) => o.name?.value === query.operationName) : operations.length === 1 ? operations[0] : undefined;
    if (!operation || operation.operation !== 'query' || operation.directives?.length) return null;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const root = schema.getQueryType();
    if (!root) return null;
    const sameFor = new Set<(viewer: Viewer) => boolean>();
    const plan: Plan = { typeName: root.name, viewerFields: [], personalIfNull: [], children: new Map() };
    const name = operation.name?.value ?? null;
    return this.visit(schema, operation.selectionSet, root, plan, fragments, sameFor, 0) ? { name, plan, sameFor: [...sameFor] } : null;
  }

  private visit(
    schema: GraphQLSchema, set: SelectionSetNode, type: GraphQLObjectType, plan: Plan,
    fragments: Map<string, FragmentDefinitionNode>, sameFor: Set<(viewer: Viewer) => boolean>, depth: number,
  ): boolean {
    if (depth > 20) return false;
    for (const selection of set.selections) {
      if (selection.directives?.length) return false;
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)) return false;
        if (!this.visit(schema, fragment.selectionSet, type, plan, fragments, sameFor, depth + 1)) return false;
        continue;
      }
      const name = selection.name.value;
      const key = selection.alias?.value ?? name;
      if (name === '__typename') continue;
      const definition = type.getFields()[name];
      if (!definition) return false;
      if (name === 'id' && !selection.selectionSet) plan.idKey ??= key;
      if (this.viewerFields.get(type.name)?.has(name)) {
        if (selection.selectionSet) return false;
        plan.viewerFields.push({ key, field: name });
        continue;
      }
      const known = this.sameFields.get(type.name);
      if (!known?.has(name)) return false;
      const options = known.get(name)!;
      if (options.for) sameFor.add(options.for);
      if (options.nullIsPersonal) plan.personalIfNull.push(key);
      if (selection.selectionSet) {
        const below = getNamedType(definition.type);
        if (!isObjectType(below)) return false;
        const child = plan.children.get(key) ?? { typeName: below.name, viewerFields: [], personalIfNull: [], children: new Map() };
        plan.children.set(key, child);
        if (!this.visit(schema, selection.selectionSet, below, child, fragments, sameFor, depth + 1)) return false;
      }
    }
    if ((plan.viewerFields.length || this.ownersOf.has(plan.typeName)) && !plan.idKey) return false;
    return true;
  }

  private sharedAnswer(key: string, plan: Plan, execute: () => Promise<HTTPGraphQLResponse>): Promise<SharedAnswer | null> {
    const held = this.answers.get(key);
    if (held && held.expiresAt > Date.now()) return Promise.resolve(held);
    const inFlight = this.making.get(key);
    if (inFlight) return inFlight.answer;
    const making = { answer: Promise.resolve<SharedAnswer | null>(null), superseded: false };
    making.answer = this.make(plan, execute)
      // Whatever failed, the viewer's own execution meets it again and answers it properly.
      .catch(() => null)
      .then((made) => {
        if (made && !making.superseded) {
          this.answers.set(key, made);
          for (const mention of made.mentions) {
            const keys = this.holding.get(mention) ?? new Set<string>();
            keys.add(key);
            this.holding.set(mention, keys);
          }
        }
        if (this.making.get(key) === making) this.making.delete(key);
        return made;
      });
    this.making.set(key, making);
    return making.answer;
  }

  private async make(plan: Plan, execute: () => Promise<HTTPGraphQLResponse>): Promise<SharedAnswer | null> {
    const expiresAt = Date.now() + this.ttlMs;
    // Kept as such for the moment too, so its readers are not each executed twice.
    const unshared: SharedAnswer = { status: 0, headers: [], segments: [], slots: [], owners: new Set(), mentions: new Set(), expiresAt, unshared: true };
    const response = await execute();
    const status = response.status ?? 200;
    if (status !== 200 || response.body.kind !== 'complete' || response.body.string.length > MAX_ANSWER_BYTES) return unshared;
    const answer = JSON.parse(response.body.string) as { data?: unknown; errors?: unknown };
    // An answer with errors is the viewer's to get from their own execution (its error may not be theirs).
    if (answer.errors || !answer.data) return unshared;
    let personalNull = false;
    // Each viewer value's place is marked, then the marks split the text.
    const mark = `\u0000${Math.random().toString(36).slice(2)}`;
    const slots: SharedAnswer['slots'] = [];
    const owned = new Map<string, string[]>();
    const mentions = new Set<string>();
    const walk = (value: unknown, node: Plan): void => {
      if (Array.isArray(value)) return value.forEach((item) => walk(item, node));
      if (!value || typeof value !== 'object') return;
      const object = value as Record<string, unknown>;
      if (node.personalIfNull.some((key) => object[key] === null)) personalNull = true;
      const id = node.idKey ? String(object[node.idKey]) : '';
      if (node.idKey) mentions.add(`${node.typeName}:${id}`);
      if (this.ownersOf.has(node.typeName)) owned.set(node.typeName, [...(owned.get(node.typeName) ?? []), id]);
      for (const { key, field } of node.viewerFields) {
        object[key] = `${mark}${slots.length}`;
        slots.push({ typeName: node.typeName, field, id });
      }
      for (const [key, child] of node.children) walk(object[key], child);
    };
    walk(answer.data, plan);
    if (personalNull) return unshared;
    const owners = new Set<string>();
    for (const [typeName, ids] of owned) for (const owner of await this.ownersOf.get(typeName)!(ids)) owners.add(owner);
    // The marks, in the order the text has them (which need not be the walk's).
    const text = JSON.stringify(answer);
    const marks = new RegExp(`${JSON.stringify(mark).slice(1, -1).replace(/\\/g, '\\\\')}(\\d+)`, 'g');
    const segments: string[] = [];
    const ordered: SharedAnswer['slots'] = [];
    let from = 0;
    for (const found of text.matchAll(marks)) {
      // The mark sits inside its string's quotes: the quotes go with it.
      segments.push(text.slice(from, found.index! - 1));
      ordered.push(slots[Number(found[1])]);
      from = found.index! + found[0].length + 1;
    }
    if (ordered.length !== slots.length) return null;
    segments.push(text.slice(from));
    const headers = [...response.headers].filter(([name]) => !['age', 'content-length'].includes(name.toLowerCase())) as [string, string][];
    return { status, headers, segments, slots: ordered, owners, mentions, expiresAt };
  }

  /** Each slot's value, one batch per viewer field. */
  private async viewerValues(viewer: Viewer, shared: SharedAnswer): Promise<unknown[]> {
    const batches = new Map<string, { typeName: string; field: string; ids: string[] }>();
    for (const slot of shared.slots) {
      const batchKey = `${slot.typeName}.${slot.field}`;
      const batch = batches.get(batchKey) ?? { typeName: slot.typeName, field: slot.field, ids: [] };
      if (!batch.ids.includes(slot.id)) batch.ids.push(slot.id);
      batches.set(batchKey, batch);
    }
    const filled = new Map<string, Map<string, unknown>>();
    await Promise.all(
      [...batches].map(async ([batchKey, { typeName, field, ids }]) => {
        const values = await this.viewerFields.get(typeName)!.get(field)!(viewer, ids);
        if (values.some((value) => value instanceof Error)) throw values.find((value) => value instanceof Error);
        filled.set(batchKey, new Map(ids.map((id, i) => [id, values[i]])));
      }),
    );
    return shared.slots.map((slot) => filled.get(`${slot.typeName}.${slot.field}`)!.get(slot.id));
  }
}

@Global()
@Module({ providers: [SharedAnswers], exports: [SharedAnswers] })
export class SharedAnswersModule {}
