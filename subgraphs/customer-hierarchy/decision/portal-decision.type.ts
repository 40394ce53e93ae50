import { Field, ObjectType } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { PortalActionEnum } from '../access/enums';

@ObjectType('PortalDecision', { description: 'X-2: allowed or denied, and which portal role assignment decided.' })
export class PortalDecisionType {
  @Field(() => Boolean, { nullable: true }) @RequiresPermission('authenticated') allowed!: boolean;
  @Field(() => PortalActionEnum, { nullable: true }) @RequiresPermission('authenticated') action!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('authenticated') reason!: string;
}
