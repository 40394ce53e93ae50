import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Public } from '../../common/access/directive';

/** Accounts' Account, by key: this subgraph adds effective permissions to it (LHC-7) (account.resolver.ts). */
@ObjectType('Account')
@Directive('@key(fields: "id")')
export class AccountRef {
  @Field(() => ID) @Public() id!: string;
}
