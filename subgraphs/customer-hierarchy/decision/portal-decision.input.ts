import { Field, ID, InputType } from 'type-graphql';
import { PortalActionEnum } from '../access/enums';

@InputType({
  description:
    'May this account take this action (a matrix row) on this customer, conduit or server (give one, or none for the role alone)?',
})
export class PortalDecisionInput {
  @Field(() => ID) accountId!: string;
  @Field(() => PortalActionEnum) action!: string;
  @Field(() => ID, { nullable: true }) customerId?: string;
  @Field(() => ID, { nullable: true }) conduitId?: string;
  @Field(() => ID, { nullable: true }) serverId?: string;
}
