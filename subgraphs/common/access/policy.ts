import type { GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../auth/tokens';

/** What a policy sees: the verified caller (through the context), the parent object and the arguments. */
export interface PolicyInput<Ctx> {
  ctx: Ctx;
  source: unknown;
  args: Record<string, unknown>;
  info: GraphQLResolveInfo;
}

/** A policy answers allowed or not; synchronous answers keep the hot path free of promises. */
export type Policy<Ctx> = (input: PolicyInput<Ctx>) => boolean | Promise<boolean>;

/** The permission table of one subgraph: permission name → policy. */
export type PolicyTable<Ctx> = Readonly<Record<string, Policy<Ctx>>>;

/** The minimum the enforcer needs from a request context. */
export interface AccessContext {
  viewer: Viewer | null;
  /** Why a sent token was refused (the caller is then anonymous); protected fields report it. */
  tokenError?: string;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** A string property of a parent object or an arguments object, if it has one (what policies read ids from). */
export function stringProp(value: unknown, key: string): string | undefined {
  if (value && typeof value === 'object' && key in value) {
    const v = (value as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

/**
 * The organization a field is about, by one convention for every subgraph:
 * root fields take it from their arguments (`organizationId`, `input.organizationId`, or `id` for a root field
 * returning an Organization); object fields from their parent (an Organization's `id`, else its `organizationId`).
 * Undefined means the field names no organization, and organization-scoped policies then deny.
 */
export function organizationIdOf(input: PolicyInput<unknown>): string | undefined {
  const { source, args, info } = input;
  if (ROOT_TYPES.has(info.parentType.name)) {
    const direct = stringProp(args, 'organizationId') ?? stringProp(args.input, 'organizationId');
    if (direct) return direct;
    const returns = info.returnType.toString().replace(/[[\]!]/g, '');
    return returns === 'Organization' ? stringProp(args, 'id') : undefined;
  }
  if (info.parentType.name === 'Organization') return stringProp(source, 'id');
  return stringProp(source, 'organizationId');
}

/** Allows any verified caller. */
export const authenticated: Policy<AccessContext> = ({ ctx }) => ctx.viewer !== null;

const decisions = new WeakMap<object, Map<string, boolean | Promise<boolean>>>();

/**
 * Remembers a decision for the rest of the request (keyed by the context object). Once settled, later checks of
 * the same key return a plain boolean, so the enforcer's synchronous path runs: a list of 1,000 protected
 * fields costs one lookup and 999 map reads, not 1,000 promise chains. The key must include the viewer.
 */
export function memoDecision(
  ctx: object,
  key: string,
  decide: () => boolean | Promise<boolean>,
): boolean | Promise<boolean> {
  let memo = decisions.get(ctx);
  if (!memo) decisions.set(ctx, (memo = new Map<string, boolean | Promise<boolean>>()));
  const known = memo.get(key);
  if (known !== undefined) return known;
  const decided = decide();
  if (typeof decided === 'boolean') {
    memo.set(key, decided);
    return decided;
  }
  const settled = memo;
  const pending = decided.then((allowed) => {
    settled.set(key, allowed);
    return allowed;
  });
  memo.set(key, pending);
  return pending;
}

/**
 * Records a decision that is already proven (e.g. every account on a member page shares that organization
 * with a caller who may read it), so checks of it answer synchronously with no lookup.
 */
export function primeDecision(ctx: object, key: string, allowed: boolean): void {
  let memo = decisions.get(ctx);
  if (!memo) decisions.set(ctx, (memo = new Map<string, boolean | Promise<boolean>>()));
  if (!memo.has(key)) memo.set(key, allowed);
}
