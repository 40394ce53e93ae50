import { Field, ObjectType } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';

@ObjectType('PermissionFunction', { description: 'A function of a module in the permission catalogue (seed 001).' })
export class PermissionFunction {
  @Field(() => String, { nullable: true }) @RequiresPermission('authenticated') code!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('authenticated') description!: string;
}

@ObjectType('PermissionModule', {
  description: 'A module of the permission catalogue; grants may also name * for all its functions.',
})
export class PermissionModule {
  @Field(() => String, { nullable: true, description: 'e.g. lhchat' })
  @RequiresPermission('authenticated')
  code!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('authenticated') name!: string;
  @Field(() => [PermissionFunction], { nullable: true })
  @RequiresPermission('authenticated')
  functions!: PermissionFunction[];
}
