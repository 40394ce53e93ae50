import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';

@ObjectType('Account', { description: 'A person, shared by every organization and product (GA-1).' })
@Directive('@key(fields: "id")')
export class Account {
  @Field(() => ID) @Public() id!: string;

  @Field(() => String, { nullable: true, description: 'Lower-cased; unique regardless of case.' })
  @RequiresPermission('account:read')
  email!: string;

  @Field(() => String, { nullable: true }) @RequiresPermission('account:read') name!: string;

  @Field(() => Date, { nullable: true }) @RequiresPermission('account:read') createdAt!: Date;
}

@ObjectType('AuthPayload', {
  description: 'A signed-in account and its short-lived access token (send as `Authorization: Bearer <token>`).',
})
export class AuthPayload {
  @Field(() => String) @Public() token!: string;
  @Field(() => Account) @Public() account!: Account;
}
