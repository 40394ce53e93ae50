import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { PortalActionEnum } from './enums';

@ObjectType('PortalDecision', { description: 'X-2: allowed or denied, and which portal role assignment decided.' })
export class PortalDecisionType {
  @Field(() => Boolean, { nullable: true }) @RequiresPermission('authenticated') allowed!: boolean;
  @Field(() => PortalActionEnum, { nullable: true }) @RequiresPermission('authenticated') action!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('authenticated') reason!: string;
}

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
