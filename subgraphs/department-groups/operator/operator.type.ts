import { Field, ID, ObjectType } from 'type-graphql';
import { Public } from '../../common/access/directive';

@ObjectType('Operator', {
  description: 'An organization member placed in user groups: what they may do comes from those groups (LHC-4).',
})
export class Operator {
  @Field(() => ID, { description: 'Global id (Node).' }) @Public() id!: string;
  @Field(() => ID, { description: 'The account this operator is.' }) @Public() accountId!: string;
}

@ObjectType('RemoveOperatorPayload', {
  description: 'Whose live-chat grants ended (user groups, department groups); the account stays a member.',
})
export class RemoveOperatorPayload {
  @Field(() => ID, { description: 'The removed Operator’s id, for clients to evict it.' })
  @Public()
  removedOperatorId!: string;
}

@ObjectType('AddOperatorMemberPayload', {
  description: 'The new operator; the account became a plain MEMBER of the organization.',
})
export class AddOperatorMemberPayload {
  @Field(() => Operator, { nullable: true }) @Public() operator!: unknown;
}
