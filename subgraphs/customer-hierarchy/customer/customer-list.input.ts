import { Field, ID, InputType } from 'type-graphql';
import { BillingState } from '../access/enums';

@InputType('CustomerFilter', { description: 'Which customers to list; every given criterion must hold.' })
export class CustomerFilter {
  @Field(() => ID, { nullable: true, description: 'Only customers of this sales conduit.' })
  conduitId?: string | null;
  @Field(() => [BillingState], { nullable: true, description: 'Only customers in these billing states (ES-4).' })
  billingStates?: BillingState[] | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, any letter case (1 to 100 characters).' })
  search?: string | null;
}
