import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Public } from '../../common/access/directive';
import { Connection } from '../../common/pagination';
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

@ObjectType('CustomerConnection', { description: 'A page of the customers the caller may view.' })
export class CustomerConnection extends Connection(Customer, 'Customer') {
  /** What totalCount counts: the conduit of the parent ('' for every conduit) and the validated filter. */
  countKey!: { conduitId: string; filter: unknown };
  @Field(() => Int, { description: 'Customers matching the filter within the caller’s reach, in all.' })
  @Public()
  totalCount!: number;
}
