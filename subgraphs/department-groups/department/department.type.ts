import { CountedConnection } from '../../common/pagination';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';

@ObjectType('Department', {
  description: 'A department of an organization (LHC-1); its chats are read by those who see it (LHC-5).',
})
export class Department {
  @Field(() => ID) @Public() id!: string;
  @Field(() => Int, { nullable: true, description: 'Per-organization number, as the seed numbers departments.' })
  @RequiresPermission('organization:read')
  number!: number;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:read') name!: string;
}

@ObjectType('DepartmentGroup', {
  description: 'A group of departments (LHC-1); limitations such as {"group":[2]} name its number.',
})
export class DepartmentGroup {
  @Field(() => ID) @Public() id!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Per-organization number, the id `lhdepartment/see_all` limitations name.',
  })
  @RequiresPermission('organization:read')
  number!: number;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:read') name!: string;
}

@ObjectType('RenameDepartmentPayload', { description: 'The department as renamed.' })
export class RenameDepartmentPayload {
  @Field(() => Department, { nullable: true }) @Public() department!: unknown;
}

export const DeleteDepartmentPayload = RemovalPayload(
  'DeleteDepartmentPayload',
  'deletedDepartmentId',
  'The id of the deleted department, for clients to evict it.',
);
export type DeleteDepartmentPayload = InstanceType<typeof DeleteDepartmentPayload>;

@ObjectType('RenameDepartmentGroupPayload', { description: 'The department group as renamed.' })
export class RenameDepartmentGroupPayload {
  @Field(() => DepartmentGroup, { nullable: true }) @Public() departmentGroup!: unknown;
}

export const DeleteDepartmentGroupPayload = RemovalPayload(
  'DeleteDepartmentGroupPayload',
  'deletedDepartmentGroupId',
  'The id of the deleted department group.',
);
export type DeleteDepartmentGroupPayload = InstanceType<typeof DeleteDepartmentGroupPayload>;

@ObjectType('DepartmentConnection', { description: 'A page of departments the caller sees (LHC-5), by number.' })
export class DepartmentConnection extends CountedConnection(Department, 'Department') {}

@ObjectType('DepartmentGroupConnection', { description: "A page of an organization's department groups, by number." })
export class DepartmentGroupConnection extends CountedConnection(DepartmentGroup, 'DepartmentGroup') {}
