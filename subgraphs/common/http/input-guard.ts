import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { ErrorCode, graphQLError } from '../errors';

/** Deepest nesting of a variable or literal value (lists and objects); real inputs stay far below it. */
export const MAX_INPUT_DEPTH = 64;

// A UTF-16 surrogate without its partner: not a character, and Postgres would store U+FFFD instead.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string is refused at the boundary, or null when it is fine. */
export function badString(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

/** A refused input: where it is (`variables.i.name`, `literal`) and why. */
export interface InputProblem {
  field: string;
  reason: string;
}

/**
 * Walks variable values without recursion (a hostile value may be nested thousands deep): every string and object
 * key is checked, and nesting beyond MAX_INPUT_DEPTH is refused before anything coerces or stores it.
 */
export function checkVariables(variables: unknown): InputProblem | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [
    { value: variables, depth: 0, path: 'variables' },
  ];
  while (stack.length) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value === 'string') {
      const reason = badString(value);
      if (reason) return { field: path, reason };
    } else if (value !== null && typeof value === 'object') {
      if (depth > MAX_INPUT_DEPTH) return { field: path, reason: `is nested more than ${MAX_INPUT_DEPTH} levels deep` };
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (const [key, child] of entries) {
        const keyReason = badString(key);
        if (keyReason) return { field: path, reason: `has a key that ${keyReason}` };
        // Paths are kept short: a hostile value must not make the error message large.
        stack.push({ value: child, depth: depth + 1, path: depth < 6 ? `${path}.${key}` : path });
      }
    }
  }
  return null;
}

/** Verdicts of `checkDocument` per parsed document: engines reuse one DocumentNode per query text (parse caches). */
const checkedDocuments = new WeakMap<DocumentNode, InputProblem | null>();

/**
 * The same checks for values written into the operation itself (string, list and object literals). A document is
 * walked once: the verdict is remembered for that DocumentNode, which engines reuse for the same query text.
 */
export function checkDocument(document: DocumentNode): InputProblem | null {
  const known = checkedDocuments.get(document);
  if (known !== undefined) return known;
  const problem = walkDocument(document);
  checkedDocuments.set(document, problem);
  return problem;
}

function walkDocument(document: DocumentNode): InputProblem | null {
  let problem: InputProblem | null = null;
  let depth = 0;
  const nest = {
    enter: () => {
      depth += 1;
      if (depth > MAX_INPUT_DEPTH) {
        problem = { field: 'literal', reason: `is nested more than ${MAX_INPUT_DEPTH} levels deep` };
        return false;
      }
      return undefined;
    },
    leave: () => {
      depth -= 1;
    },
  };
  // graphql's visit() keeps its own stack, so a deep literal cannot overflow ours.
  visit(document, {
    [Kind.STRING]: (node) => {
      const reason = badString(node.value);
      if (reason && !problem) problem = { field: 'literal', reason };
    },
    [Kind.LIST]: nest,
    [Kind.OBJECT]: nest,
  });
  return problem;
}

/**
 * Refuses hostile input once, at the boundary, for every operation of the process: NUL characters and lone
 * surrogates in any string (variables, JSON scalars, literals, object keys) and values nested more than
 * MAX_INPUT_DEPTH deep. Runs after parsing and before execution, so no resolver, scalar or SQL sees such a value;
 * the answer is HTTP 400 with BAD_USER_INPUT naming where the value was.
 */
export function inputGuardPlugin<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ request, document }) => {
          const refusal = inputRefusal(request.variables, document);
          return refusal ? Promise.reject(refusal) : Promise.resolve();
        },
      }),
  };
}

/** The refusal of hostile input in the variables or the document, or null (shared by both gateway engines). */
export function inputRefusal(variables: unknown, document: DocumentNode): GraphQLError | null {
  const problem = checkVariables(variables ?? {}) ?? checkDocument(document);
  if (!problem) return null;
  return graphQLError(ErrorCode.BAD_USER_INPUT, `${problem.field} ${problem.reason}`, {
    field: problem.field,
    http: { status: 400 },
  });
}
