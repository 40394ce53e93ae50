import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, visit } from 'graphql';
import { linkRuleIds, RULE_ID, RULES_DOC } from '../../subgraphs/common/federation/rule-links';
import { schemaDir } from '../../subgraphs/common/paths';

/**
 * Schema descriptions cite rule ids (GA-5, X-2, …) and link each to the project's own catalogue
 * (`See docs/rules.md#ga-5`), so someone who clones the repository can look every one up. This fails when the
 * committed API cites an id docs/rules.md does not define, or a description lost its links.
 */
const ROOT = path.resolve(__dirname, '../..');
const rules = readFileSync(path.join(ROOT, RULES_DOC), 'utf8');
const api = readFileSync(path.join(schemaDir(), 'api.graphql'), 'utf8');

/** The anchors docs/rules.md defines, one per catalogue row. */
const anchors = new Set([...rules.matchAll(/<a id="([a-z]+-\d+)"><\/a>([A-Z]+-\d+) \|/g)].map((m) => m[1]!));
/** The rule ids the catalogue's rows define. */
const defined = new Set([...rules.matchAll(/^\| (?:<a id="[^"]*"><\/a>)?([A-Z]+-\d+) \|/gm)].map((m) => m[1]!));

const descriptions: string[] = [];
visit(parse(api), {
  StringValue(node, key) {
    if (key === 'description') descriptions.push(node.value);
  },
});

describe('rule ids in the schema link docs/rules.md', () => {
  it('every catalogue row carries its anchor', () => {
    expect(defined.size).toBeGreaterThan(30);
    expect([...defined].filter((id) => !anchors.has(id.toLowerCase()))).toEqual([]);
  });

  it('every rule id the API cites is defined in docs/rules.md', () => {
    const cited = new Set(descriptions.flatMap((d) => d.match(RULE_ID) ?? []));
    expect(cited.size).toBeGreaterThan(20);
    expect([...cited].filter((id) => !defined.has(id)).sort()).toEqual([]);
  });

  it('every description that cites an id links each of its ids', () => {
    const citing = descriptions.filter(
      (d) => (d.replace(/ See docs\/rules\.md#.*$/, '').match(RULE_ID) ?? []).length > 0,
    );
    expect(citing.length).toBeGreaterThan(50);
    const unlinked = citing.filter((d) => {
      const text = d.replace(/ See docs\/rules\.md#.*$/, '');
      return linkRuleIds(text) !== d;
    });
    expect(unlinked).toEqual([]);
  });

  it('links one anchor per id, in the same line (the compact form)', () => {
    expect(linkRuleIds('The one company owner (CB-1).')).toBe('The one company owner (CB-1). See docs/rules.md#cb-1');
    expect(linkRuleIds('CB-3/CB-5: companies (CB-3).')).toBe(
      'CB-3/CB-5: companies (CB-3). See docs/rules.md#cb-3, docs/rules.md#cb-5',
    );
    expect(linkRuleIds('No rule here.')).toBe('No rule here.');
  });
});
