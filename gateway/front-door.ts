import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ErrorCode } from '../subgraphs/common/errors';

/**
 * Checks the gateway makes on a parsed operation before planning it, the same on every engine: one operation must
 * be chosen, and a caller whose token was refused is turned away at once (401) when the operation asks for nothing
 * an anonymous caller may read.
 */
export interface FrontDoor {
  /** An error to answer with instead of running the operation, or undefined to run it. */
  check(
    document: DocumentNode,
    operationName: string | null | undefined,
    tokenError: string | undefined,
  ): GraphQLError | undefined;
}

/** Builds the checks from the committed supergraph: its `@public` root fields are the ones anonymous callers reach. */
export function frontDoor(supergraphSdl: string): FrontDoor {
  const publicRootFields = new Set<string>(['__typename', '__schema', '__type']);
  for (const def of parse(supergraphSdl, { noLocation: true }).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || (def.name.value !== 'Query' && def.name.value !== 'Mutation'))
      continue;
    for (const field of def.fields ?? [])
      if (field.directives?.some((d) => d.name.value === 'public'))
        publicRootFields.add(`${def.name.value}.${field.name.value}`);
  }
  const isPublic = (root: string, field: string) =>
    field.startsWith('__') ? publicRootFields.has(field) : publicRootFields.has(`${root}.${field}`);

  return {
    check(document, operationName, tokenError) {
      const operations = document.definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (operations.length === 0) return undefined; // validation already refused it
      if (operations.length > 1 && !operationName) {
        const names = operations.map((o) => o.name?.value ?? '(anonymous)').join(', ');
        return new GraphQLError(
          `The document has ${operations.length} operations (${names}): say which one to run in "operationName"`,
          { extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } } },
        );
      }
      const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
      if (!operation) {
        return new GraphQLError(`The document has no operation named "${operationName}"`, {
          extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } },
        });
      }
      if (!tokenError) return undefined;
      const root = operation.operation === OperationTypeNode.MUTATION ? 'Mutation' : 'Query';
      const fields = rootFieldNames(document, operation.selectionSet, new Set());
      // Fail fast only when nothing in the operation is public: a stale token never blocks logIn or signUp.
      if (fields.length > 0 && fields.every((f) => !isPublic(root, f))) {
        return new GraphQLError(tokenError, {
          extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
        });
      }
      return undefined;
    },
  };
}

/** The root field names an operation selects, through fragment spreads and inline fragments. */
function rootFieldNames(document: DocumentNode, set: SelectionSetNode, seen: Set<string>): string[] {
  const out: string[] = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...rootFieldNames(document, sel.selectionSet, seen));
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === sel.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        out.push(...rootFieldNames(document, fragment.selectionSet, seen));
    }
  }
  return out;
}
