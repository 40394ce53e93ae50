import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Public } from '../../common/access/directive';
import { Connection } from '../../common/pagination';
import { BillingState } from '../access/enums';
import { Customer } from './customer.type';

/** How a customer list is sorted (ties by id). */
export enum CustomerOrder {
  CREATED = 'CREATED',
  NAME = 'NAME',
}

registerEnumType(CustomerOrder, {
  name: 'CustomerOrder',
  description: 'How a customer list is sorted.',
  valuesConfig: {
    CREATED: { description: 'Oldest customer first (the default).' },
    NAME: { description: "By the organization's name, any letter case." },
  },
});

@InputType('CustomerFilter', { description: 'Which customers to list; every given criterion must hold.' })
export class CustomerFilter {
  @Field(() => ID, { nullable: true, description: 'Only customers of this sales conduit.' })
  conduitId?: string | null;
  @Field(() => [BillingState], { nullable: true, description: 'Only customers in these billing states (ES-4).' })
  billingStates?: BillingState[] | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, any letter case (1 to 100 characters).' })
  search?: string | null;
}

@ObjectType('CustomerConnection', { description: 'A page of the customers the caller may view.' })
export class CustomerConnection extends Connection(Customer, 'Customer') {
  /** What totalCount counts: the conduit of the parent ('' for every conduit) and the validated filter. */
  countKey!: { conduitId: string; filter: unknown };
  @Field(() => Int, { description: 'Customers matching the filter within the caller’s reach, in all.' })
  @Public()
  totalCount!: number;
}
