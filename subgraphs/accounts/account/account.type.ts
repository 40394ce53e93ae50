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
  description:
    'A signed-in account, its short-lived access token (send as `Authorization: Bearer <token>`) and a refresh token for `refreshSession`.',
})
export class AuthPayload {
  @Field(() => String) @Public() token!: string;

  @Field(() => Date, { description: 'When `token` expires (15 minutes by default); refresh before then.' })
  @Public()
  expiresAt!: Date;

  @Field(() => String, {
    description: 'Opaque, single use: `refreshSession` answers a new one. Reusing a used one ends the session.',
  })
  @Public()
  refreshToken!: string;

  @Field(() => Date, { description: 'When the session ends however often it is refreshed (30 days by default).' })
  @Public()
  refreshTokenExpiresAt!: Date;

  @Field(() => Account) @Public() account!: Account;
}
