import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode, type StringValueNode } from 'graphql';
import { OPERATION_PERMISSION, type MembershipOperation } from '../../subgraphs/accounts/access/membership.access';
import { schemaDir } from '../../subgraphs/common/paths';

// Issue 9, a rule exists once: the kernel re-checks each membership change with the GA-6 permission in
// OPERATION_PERMISSION; the mutation's directive must name that same permission, or policy and re-check drift.
const MUTATION_OF: Record<MembershipOperation, string> = {
  addMember: 'addOrganizationMember',
  setPrimaryRole: 'setPrimaryRole',
  grantCustomRole: 'grantCustomRole',
  revokeCustomRole: 'revokeCustomRole',
  removeMember: 'removeOrganizationMember',
  leave: 'leaveOrganization',
  transferOwnership: 'transferOwnership',
};

const sdl = parse(readFileSync(path.join(schemaDir(), 'accounts.graphql'), 'utf8'));
const mutation = sdl.definitions.find(
  (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation',
)!;

describe('accounts mutations: directive permission = the permission the kernel re-checks', () => {
  it.each(Object.entries(MUTATION_OF))('%s (%s)', (op, field) => {
    const directive = mutation
      .fields!.find((f) => f.name.value === field)!
      .directives!.find((d) => d.name.value === 'requiresPermission')!;
    expect((directive.arguments![0]!.value as StringValueNode).value).toBe(
      OPERATION_PERMISSION[op as MembershipOperation],
    );
  });
});
