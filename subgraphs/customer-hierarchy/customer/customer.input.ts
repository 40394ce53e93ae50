import { Field, ID, InputType, Int } from 'type-graphql';

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
