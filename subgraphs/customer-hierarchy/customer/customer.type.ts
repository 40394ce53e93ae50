import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
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

@InputType()
export class CreateCustomerInput {
  @Field(() => ID) conduitId!: string;
  @Field({ description: "The organization's name." }) name!: string;
  @Field({
    description:
      "A registered account of the customer's own staff: it becomes the organization's OWNER (GA-5) and the customer's first CUSTOMER_ADMIN (ES-2).",
  })
  ownerEmail!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Length of the demo the customer starts as; 30 when omitted (1 to 90).',
  })
  demoDays?: number;
}

@InputType()
export class UpdateCustomerInput {
  @Field(() => ID) customerId!: string;
  @Field(() => Boolean, { nullable: true }) selfDiscovery?: boolean;
  @Field(() => String, { nullable: true, description: 'Empty clears it.' }) accountCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The customer's name, which is its organization's name (renamed through accounts; trimmed, 1 to 100 characters).",
  })
  name?: string | null;
}

@InputType()
export class CustomerRefInput {
  @Field(() => ID) customerId!: string;
}

@InputType()
export class BillingDaysInput {
  @Field(() => ID) customerId!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Days: the new demo length (activate, default 30) or how far to move its end (extend, required).',
  })
  days?: number;
}

@InputType()
export class SetNonBillableInput {
  @Field(() => ID) customerId!: string;
  @Field() nonBillable!: boolean;
}

@InputType()
export class SetClientSideRecordingInput {
  @Field(() => ID) customerId!: string;
  @Field() enabled!: boolean;
}

@InputType()
export class SetRtpGatewayConfigInput {
  @Field(() => ID) customerId!: string;
  @Field() host!: string;
  @Field(() => Int) port!: number;
  @Field({ description: 'UDP, TCP or TLS.' }) transport!: string;
}

@InputType()
export class ExternalContactInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class SetExternalContactsInput {
  @Field(() => ID) customerId!: string;
  @Field(() => [ExternalContactInput]) contacts!: ExternalContactInput[];
}
