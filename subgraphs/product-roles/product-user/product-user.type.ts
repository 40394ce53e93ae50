import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { LegacyLiveChatRole } from '../legacy/legacy-livechat-role';
import { registerEnumType } from 'type-graphql';
import { RemovalPayload } from '../../common/payload';
import { CountedConnection } from '../../common/pagination';

registerEnumType(LegacyLiveChatRole, {
  name: 'LegacyLiveChatRole',
  description: 'What the LiveChat API still reports, derived from Accounts and LiveChat roles, never stored (GA-10).',
});

@ObjectType('ProductCustomRole', {
  description: 'A role of a product in an organization: a set of its permissions (LC-2).',
})
export class ProductCustomRole {
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('product:roles:read') product!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('product:roles:read') name!: string;
  @Field(() => [String], { nullable: true }) @RequiresPermission('product:roles:read') permissions!: string[];
  @Field(() => Boolean, {
    nullable: true,
    description: 'Admin and Operator exist from the start and cannot be deleted.',
  })
  @RequiresPermission('product:roles:read')
  isDefault!: boolean;
}

@ObjectType('ProductUser', {
  description: "A member's place in one product: secondary role, custom role, active (GA-9, LC-1).",
})
export class ProductUser {
  organizationId!: string;
  accountId!: string;
  @Field(() => ID, { description: 'Global id (Node).' }) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('product:users:read') product!: string;
  @Field(() => String, { nullable: true, description: 'The secondary role; for chatbot, the company role.' })
  @RequiresPermission('product:users:read')
  role!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'A deactivated user keeps their data and has no access (LC-1).',
  })
  @RequiresPermission('product:users:read')
  active!: boolean;
}

export { Int };

export const RevokeProductRolePayload = RemovalPayload(
  'RevokeProductRolePayload',
  'removedProductUserId',
  "The id of the removed product user; the account's membership stays.",
);
export const DeleteProductRolePayload = RemovalPayload(
  'DeleteProductRolePayload',
  'deletedProductRoleId',
  'The id of the deleted role (its holders moved to reassignToRoleId).',
);

@ObjectType('ProductUserConnection', {
  description: "A page of a product's users in an organization, in the order they joined.",
})
export class ProductUserConnection extends CountedConnection(ProductUser, 'ProductUser') {}

@ObjectType('ProductCustomRoleConnection', { description: "A page of a product's roles in an organization, by name." })
export class ProductCustomRoleConnection extends CountedConnection(ProductCustomRole, 'ProductCustomRole') {}
