import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Public } from '../../common/access/directive';

/** Accounts' Membership, by key: this subgraph adds its fields to it (membership.resolver.ts). */
@ObjectType('Membership')
@Directive('@key(fields: "id")')
export class MembershipRef {
  @Field(() => ID) @Public() id!: string;
}
