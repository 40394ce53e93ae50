import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type DirectiveDefinitionNode, type DocumentNode, type FieldDefinitionNode } from 'graphql';
import { ACCESS_SPEC_URL, PUBLIC, REQUIRES_PERMISSION } from '../../subgraphs/common/access/directive';
import { listFieldPolicies } from '../../subgraphs/common/access/enforcer';
import { buildSchemaArtifacts, type SchemaArtifacts } from '../../subgraphs/common/federation/artifacts';
import { buildFederatedSubgraph } from '../../subgraphs/common/federation/build-subgraph';
import { schemaDir } from '../../subgraphs/common/paths';
import { SUBGRAPHS } from '../../subgraphs/registry';

const SCHEMA_DIR = schemaDir();
const committed = (file: string) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8');

let artifacts: SchemaArtifacts;
beforeAll(async () => {
  artifacts = await buildSchemaArtifacts(SUBGRAPHS);
});

function objectFields(doc: DocumentNode): Array<{ coordinate: string; field: FieldDefinitionNode }> {
  const out: Array<{ coordinate: string; field: FieldDefinitionNode }> = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of def.fields ?? []) out.push({ coordinate: `${def.name.value}.${field.name.value}`, field });
  }
  return out;
}

const accessDirectiveDefinitions = (doc: DocumentNode) =>
  doc.definitions
    .filter(
      (d): d is DirectiveDefinitionNode =>
        d.kind === Kind.DIRECTIVE_DEFINITION && [REQUIRES_PERMISSION, PUBLIC].includes(d.name.value),
    )
    .map((d) => print({ ...d, description: undefined }))
    .sort();

describe('schema contract', () => {
  it('composes without errors', () => {
    expect(artifacts.compositionErrors).toEqual([]);
  });

  it.each([...SUBGRAPHS.map((s) => `${s.name}.graphql`), 'supergraph.graphql', 'api.graphql', 'permissions.json'])(
    'committed schema/%s equals what the code emits (run `npm run schema`)',
    (file) => {
      expect(committed(file)).toBe(artifacts.files[file]);
    },
  );

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))(
    'X-4: every field of the %s subgraph declares a permission or @public',
    async (_name, module) => {
      const schema = await buildFederatedSubgraph(module.definition);
      const missing = listFieldPolicies(schema)
        .filter((f) => f.policy.kind === 'missing')
        .map((f) => f.coordinate);
      expect(missing).toEqual([]);
    },
  );

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))(
    'keeps every entity the %s subgraph resolves references for (type-graphql drops unreferenced types)',
    async (_name, module) => {
      const schema = await buildFederatedSubgraph(module.definition);
      for (const typeName of Object.keys(module.definition.referenceResolvers)) {
        const type = schema.getType(typeName);
        expect(type?.astNode?.directives?.some((d) => d.name.value === 'key')).toBe(true);
      }
    },
  );

  it('X-4: every field of the supergraph carries the permission directive or the public marker', () => {
    const supergraph = parse(committed('supergraph.graphql'));
    const fields = objectFields(supergraph);
    expect(fields.length).toBeGreaterThan(20);
    const bare = fields
      .filter(
        ({ field }) => !field.directives?.some((d) => d.name.value === REQUIRES_PERMISSION || d.name.value === PUBLIC),
      )
      .map((f) => f.coordinate);
    expect(bare).toEqual([]);
  });

  it('X-4: schema/permissions.json names a permission or "public" for every field of the API schema', () => {
    const { fields } = JSON.parse(committed('permissions.json')) as { fields: Record<string, string> };
    expect(Object.keys(fields).length).toBeGreaterThan(20);
    expect(Object.entries(fields).filter(([, permission]) => permission === 'MISSING')).toEqual([]);
    expect(fields['Mutation.logIn']).toBe('public');
    expect(fields['Organization.auditLog']).toBe('organization:administer');
  });

  it('keeps federation internals out of the public API schema', () => {
    const api = committed('api.graphql');
    for (const internal of ['join__', 'link__', '@link', '_entities', '_service', 'requiresPermission']) {
      expect(api).not.toContain(internal);
    }
    expect(api).toContain('type Query');
  });

  it('defines the access directives identically in every subgraph and in the supergraph', () => {
    const definitions = [...SUBGRAPHS.map((s) => `${s.name}.graphql`), 'supergraph.graphql'].map((file) =>
      accessDirectiveDefinitions(parse(committed(file))),
    );
    expect(definitions[0]).toEqual([
      `directive @${PUBLIC} on FIELD_DEFINITION`,
      `directive @${REQUIRES_PERMISSION}(permission: String!) on FIELD_DEFINITION`,
    ]);
    for (const d of definitions) expect(d).toEqual(definitions[0]);
  });

  it('links our access spec in every subgraph and the supergraph, and composes the directives in every subgraph', () => {
    for (const s of SUBGRAPHS) {
      const sdl = committed(`${s.name}.graphql`);
      expect(sdl).toContain(`@link(url: "${ACCESS_SPEC_URL}", import: ["@${REQUIRES_PERMISSION}", "@${PUBLIC}"])`);
      expect(sdl).toContain(`@composeDirective(name: "@${REQUIRES_PERMISSION}")`);
      expect(sdl).toContain(`@composeDirective(name: "@${PUBLIC}")`);
    }
    expect(committed('supergraph.graphql')).toContain(`@link(url: "${ACCESS_SPEC_URL}"`);
  });

  it('keeps the public contract of the accounts domain (root fields clients code against)', () => {
    const supergraph = parse(committed('supergraph.graphql'));
    const names = new Set(objectFields(supergraph).map((f) => f.coordinate));
    for (const field of [
      'Query.me',
      'Query.organization',
      'Mutation.signUp',
      'Mutation.logIn',
      'Mutation.updateMe',
      'Mutation.createOrganization',
      'Mutation.addOrganizationMember',
      'Mutation.setPrimaryRole',
      'Mutation.grantCustomRole',
      'Mutation.revokeCustomRole',
      'Mutation.transferOwnership',
      'Mutation.removeOrganizationMember',
      'Mutation.leaveOrganization',
      'Account.memberships',
      'Organization.members',
      'Organization.auditLog',
      'Membership.role',
      'Membership.customRoles',
    ]) {
      expect(names).toContain(field);
    }
  });
});
