import { Field, ID, ObjectType } from 'type-graphql';
import { Public } from '../../common/access/directive';

@ObjectType('Operator', {
  description: 'An organization member placed in user groups: what they may do comes from those groups (LHC-4).',
})
export class Operator {
  @Field(() => ID, { description: 'Global id (Node).' }) @Public() id!: string;
  @Field(() => ID, { description: 'The account this operator is.' }) @Public() accountId!: string;
}
