import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Public } from '../../common/access/directive';

/** Accounts' Account, by key: this subgraph adds its fields to it (account.resolver.ts). */
@ObjectType('Account')
@Directive('@key(fields: "id")')
export class AccountRef {
  @Field(() => ID) @Public() id!: string;
}
