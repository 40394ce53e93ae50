import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Public } from '../../common/access/directive';

/** Accounts' Organization, by key: this subgraph adds its fields to it (organization.resolver.ts). */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID) @Public() id!: string;
}
