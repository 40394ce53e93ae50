import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';

@ObjectType('Organization', {
  description: 'A tenant: the chatbot platform calls it a company, the portal a customer (GA-2).',
})
@Directive('@key(fields: "id")')
export class Organization {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:read') name!: string;
  @Field(() => Date, { nullable: true }) @RequiresPermission('organization:read') createdAt!: Date;
}
