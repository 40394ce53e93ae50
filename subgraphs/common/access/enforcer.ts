import {
  defaultFieldResolver,
  GraphQLError,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type StringValueNode,
} from 'graphql';
import { ErrorCode, graphQLError } from '../errors';
import { chargeResolved } from '../http/budget';
import { PUBLIC, REQUIRES_PERMISSION } from './directive';
import type { AccessContext, Policy, PolicyTable } from './policy';

/** Fields Federation adds to every subgraph; `_entities` is public, the entity fields it returns are not. */
const FEDERATION_FIELDS = new Set(['Query._entities', 'Query._service', '_Service.sdl']);

/** What a field declares: `public`, a permission, or nothing (an error at build time). */
export type FieldPolicy = { kind: 'public' } | { kind: 'permission'; permission: string } | { kind: 'missing' };

/** Reads the access directive of a field from its SDL node. */
export function fieldPolicyOf(field: GraphQLField<unknown, unknown>): FieldPolicy {
  const directives = field.astNode?.directives ?? [];
  const required = directives.find((d) => d.name.value === REQUIRES_PERMISSION);
  const isPublic = directives.some((d) => d.name.value === PUBLIC);
  if (required && isPublic) throw new Error(`${field.name} is both @${PUBLIC} and @${REQUIRES_PERMISSION}`);
  if (isPublic) return { kind: 'public' };
  if (required) {
    const arg = required.arguments?.find((a) => a.name.value === 'permission');
    return { kind: 'permission', permission: (arg?.value as StringValueNode).value };
  }
  return { kind: 'missing' };
}

/** Lists every object field of a schema with its declared policy (for the X-4 contract test). */
export function listFieldPolicies(schema: GraphQLSchema): Array<{ coordinate: string; policy: FieldPolicy }> {
  const out: Array<{ coordinate: string; policy: FieldPolicy }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      out.push({ coordinate, policy: FEDERATION_FIELDS.has(coordinate) ? { kind: 'public' } : fieldPolicyOf(field) });
    }
  }
  return out;
}

function deny(ctx: AccessContext, coordinate: string, permission: string): GraphQLError {
  if (!ctx.viewer) {
    return graphQLError(ErrorCode.UNAUTHENTICATED, ctx.tokenError ?? `Sign in to read ${coordinate}`, { permission });
  }
  return graphQLError(ErrorCode.FORBIDDEN, `Not allowed: ${coordinate} requires ${permission}`, { permission });
}

function countList(value: unknown): unknown {
  if (Array.isArray(value) && value.length > 0 && !chargeResolved(value.length)) return null;
  return value;
}

function guard<Ctx extends AccessContext>(
  coordinate: string,
  permission: string,
  policy: Policy<Ctx>,
  resolve: GraphQLFieldResolver<unknown, Ctx>,
): GraphQLFieldResolver<unknown, Ctx> {
  // Every protected field and every item of a protected list counts against the request's budget: this
  // wrapper sees every field that does work, so one place bounds them all.
  const counted = (value: unknown): unknown => (value instanceof Promise ? value.then(countList) : countList(value));
  return (source, args, ctx, info) => {
    if (!chargeResolved(1)) return null;
    const decision = policy({ ctx, source, args: args as Record<string, unknown>, info });
    if (decision === true) return counted(resolve(source, args, ctx, info));
    if (decision === false) throw deny(ctx, coordinate, permission);
    return decision.then((allowed) => {
      if (!allowed) throw deny(ctx, coordinate, permission);
      return counted(resolve(source, args, ctx, info));
    });
  };
}

/**
 * Wraps every field resolver of the schema with the policy its directive names (deny by default).
 * Throws at build time for a field with no declaration or an unknown permission, so a schema that would
 * leak cannot start. `enabled: false` exists for the authorization benchmark only.
 */
export function enforceAccess<Ctx extends AccessContext>(
  schema: GraphQLSchema,
  policies: PolicyTable<Ctx>,
  options: { enabled?: boolean } = {},
): GraphQLSchema {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (FEDERATION_FIELDS.has(coordinate)) continue;
      const declared = fieldPolicyOf(field);
      if (declared.kind === 'missing') {
        problems.push(`${coordinate} has neither @${REQUIRES_PERMISSION} nor @${PUBLIC}`);
        continue;
      }
      if (declared.kind === 'public') continue;
      const policy = policies[declared.permission];
      if (!policy) {
        problems.push(`${coordinate} requires unknown permission "${declared.permission}"`);
        continue;
      }
      if (options.enabled === false) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Ctx>;
      field.resolve = guard(coordinate, declared.permission, policy, resolve) as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  if (problems.length) throw new Error(`Access declarations are incomplete:\n  ${problems.join('\n  ')}`);
  return schema;
}
