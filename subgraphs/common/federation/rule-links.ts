import { visit, type DocumentNode, type StringValueNode } from 'graphql';

/** The rule ids of docs/rules.md (GA-5, LHC-6, X-2, …) as they appear in schema descriptions. */
export const RULE_ID = /\b(?:GA|CB|LC|LHC|ES|X)-\d+\b/g;

/** The file a schema description's rule links point to, relative to the repository root. */
export const RULES_DOC = 'docs/rules.md';

/**
 * A description that cites rule ids, with one link per id appended on the same line
 * (`… (CB-1). See docs/rules.md#cb-1`): readers of the SDL or of Sandbox find the rule in the project's own
 * catalogue, whose rows carry those anchors. A description citing no id is returned unchanged.
 */
export function linkRuleIds(description: string): string {
  const ids = [...new Set(description.match(RULE_ID) ?? [])];
  if (ids.length === 0) return description;
  return `${description.trimEnd()} See ${ids.map((id) => `${RULES_DOC}#${id.toLowerCase()}`).join(', ')}`;
}

/** Applies `linkRuleIds` to every description of a schema document (types, fields, arguments, enum values). */
export function withRuleLinks(document: DocumentNode): DocumentNode {
  return visit(document, {
    StringValue(node, key): StringValueNode | undefined {
      return key === 'description' ? { ...node, value: linkRuleIds(node.value) } : undefined;
    },
  });
}
