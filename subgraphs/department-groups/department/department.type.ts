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
