import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { BillingState } from '../access/enums';

@ObjectType('RtpGatewayConfig')
export class RtpGatewayConfigType {
  /** The customer it configures (its identity: one per customer). */
  customerId!: string;
  @Field(() => ID, { description: 'Global id (Node).' }) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('portal:hierarchy:read') host!: string;
  @Field(() => Int, { nullable: true }) @RequiresPermission('portal:hierarchy:read') port!: number;
  @Field(() => String, { nullable: true, description: 'UDP, TCP or TLS.' })
  @RequiresPermission('portal:hierarchy:read')
  transport!: string;
}

@ObjectType('Customer', {
  description:
    'A customer: an accounts organization seen from the reseller side (ES-1), in one sales conduit, with its billing state (ES-4).',
})
export class Customer {
  @Field(() => ID) @Public() id!: string;
  @Field(() => BillingState, { nullable: true })
  @RequiresPermission('portal:view:customers')
  billingState!: BillingState;
  @Field(() => Boolean, { nullable: true }) @RequiresPermission('portal:view:customers') nonBillable!: boolean;
  @Field(() => String, { nullable: true, description: "A demo's end date (YYYY-MM-DD); null unless DEMO." })
  @RequiresPermission('portal:view:customers')
  demoEndsOn!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'ES-5: off → its departments are linked only through explicit associations.',
  })
  @RequiresPermission('portal:hierarchy:read')
  selfDiscovery!: boolean;
  @Field(() => String, { nullable: true }) @RequiresPermission('portal:view:customers') accountCode!: string | null;
  @Field(() => Boolean, { nullable: true }) @RequiresPermission('portal:hierarchy:read') clientSideRecording!: boolean;
  @Field(() => Date, { nullable: true }) @RequiresPermission('portal:view:customers') createdAt!: Date;
}
