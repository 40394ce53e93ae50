import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';

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

@ObjectType('DeleteDepartmentPayload', { description: 'The id of the deleted department, for clients to evict it.' })
export class DeleteDepartmentPayload {
  @Field(() => ID) @Public() deletedDepartmentId!: string;
}

@ObjectType('RenameDepartmentGroupPayload', { description: 'The department group as renamed.' })
export class RenameDepartmentGroupPayload {
  @Field(() => DepartmentGroup, { nullable: true }) @Public() departmentGroup!: unknown;
}

@ObjectType('DeleteDepartmentGroupPayload', { description: 'The id of the deleted department group.' })
export class DeleteDepartmentGroupPayload {
  @Field(() => ID) @Public() deletedDepartmentGroupId!: string;
}
