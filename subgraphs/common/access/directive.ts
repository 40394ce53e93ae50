import { Directive } from 'type-graphql';

/**
 * Our own spec, linked by every subgraph. Not `for: SECURITY`: the Apollo gateway refuses supergraphs with
 * security features it does not implement, and this one is enforced by each subgraph, not by the router.
 */
export const ACCESS_SPEC_URL = 'https://specs.comm-suite.dev/access/v1.0';
export const REQUIRES_PERMISSION = 'requiresPermission';
export const PUBLIC = 'public';

/** The directive definitions, identical in every subgraph (a contract test checks it). */
export const ACCESS_DIRECTIVES_SDL = `
"""
The caller must hold this permission for the field to resolve; otherwise the field is null and the response
carries a FORBIDDEN (or UNAUTHENTICATED) error for its path. Enforced by the subgraph that resolves the field.
"""
directive @${REQUIRES_PERMISSION}(permission: String!) on FIELD_DEFINITION

"""
The field needs no permission of its own: ids, wrappers (connections, edges, page info) whose data is guarded
by their own fields, and the sign-up and log-in entry points.
"""
directive @${PUBLIC} on FIELD_DEFINITION
`;

/** The `extend schema` header: Federation 2 plus our spec, composed into the supergraph. */
export const SUBGRAPH_LINK_HEADER = `
extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@composeDirective"])
  @link(url: "${ACCESS_SPEC_URL}", import: ["@${REQUIRES_PERMISSION}", "@${PUBLIC}"])
  @composeDirective(name: "@${REQUIRES_PERMISSION}")
  @composeDirective(name: "@${PUBLIC}")
`;

/** Declares the permission a field needs. The name must be registered in the subgraph's policies. */
export function RequiresPermission(permission: string): MethodDecorator & PropertyDecorator {
  if (!/^[a-z][a-z0-9_-]*(:[a-z][a-z0-9_-]*)*$/.test(permission)) {
    throw new Error(`invalid permission name "${permission}"`);
  }
  return Directive(`@${REQUIRES_PERMISSION}(permission: "${permission}")`) as MethodDecorator & PropertyDecorator;
}

/** Marks a field as needing no permission of its own (X-4: every field says one or the other). */
export function Public(): MethodDecorator & PropertyDecorator {
  return Directive(`@${PUBLIC}`) as MethodDecorator & PropertyDecorator;
}
