import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Public } from '../common/access/directive';

// Entities owned by accounts; this subgraph links to them and adds fields to them by key.

@ObjectType('Account')
@Directive('@key(fields: "id")')
export class AccountRef {
  @Field(() => ID) @Public() id!: string;
}

@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID) @Public() id!: string;
}
