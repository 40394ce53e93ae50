import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';

@ObjectType('ProductPermission', { description: 'A permission a product role can grant (LC-2).' })
export class ProductPermission {
  @Field() @RequiresPermission('authenticated') key!: string;
  @Field() @RequiresPermission('authenticated') description!: string;
}

@ObjectType('Product', { description: 'A product of the catalogue (GA-8): data, not code.' })
export class Product {
  @Field(() => ID, { description: 'Global id (Node).' }) @Public() id!: string;
  @Field(() => ID) @Public() key!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('authenticated') name!: string;
  @Field(() => [String], { nullable: true, description: 'Its secondary roles (GA-9); for chatbot, the company roles.' })
  @RequiresPermission('authenticated')
  secondaryRoles!: string[];
}

@ObjectType('EnabledProduct', { description: 'A product enabled in an organization (at most once, GA-8).' })
export class EnabledProduct {
  organizationId!: string;
  @Field(() => ID, { description: 'Global id (Node).' }) @Public() id!: string;
  @Field(() => Date, { nullable: true }) @RequiresPermission('organization:read') enabledAt!: Date;
}

export const DisableProductPayload = RemovalPayload(
  'DisableProductPayload',
  'removedEnabledProductId',
  "The id of the product's EnabledProduct, which leaves Organization.products (nothing is deleted: enableProduct restores it).",
);
