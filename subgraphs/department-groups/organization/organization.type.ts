import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Public } from '../../common/access/directive';

/** Accounts' Organization, extended with this subgraph's configuration (fields in organization.resolver.ts). */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class Organization {
  @Field(() => ID) @Public() id!: string;
}

/** Accounts' Account, extended with effective permissions (LHC-7). */
@ObjectType('Account')
@Directive('@key(fields: "id")')
export class Account {
  @Field(() => ID) @Public() id!: string;
}
