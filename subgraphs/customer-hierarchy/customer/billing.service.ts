import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { inCustomer } from '../access/hierarchy.tx';
import {
  addDays,
  BILLING_TRANSITIONS,
  BillingState,
  extendedDemoEnd,
  DEFAULT_DEMO_DAYS,
  nextState,
  today,
  type BillingTransition,
} from './billing.machine';
import { CustomerEntity } from './customer.entity';
import { requireDemoDays } from './customer.service';
import { CustomerHierarchyError, CustomerHierarchyErrorCode } from '../customer-hierarchy.errors';

const billingOf = (c: CustomerEntity) => ({
  billingState: c.billingState,
  nonBillable: c.nonBillable,
  demoEndsOn: c.demoEndsOn,
});

/**
 * ES-4: the billing state machine. Each transition is one audited transaction under the customer's lock, allowed
 * only from the states of BILLING_TRANSITIONS and only to the roles of its Edit matrix cell within reach.
 */
export class BillingService {
  constructor(private readonly db: DataSource) {}

  /** Takes one transition; `days` sets a new demo's length or how far `extend_demo` moves its end. */
  transition(
    viewer: Viewer,
    transition: BillingTransition,
    input: { customerId: string; days?: number | null },
  ): Promise<CustomerEntity> {
    const days =
      transition === 'activate_demo'
        ? requireDemoDays('days', input.days, DEFAULT_DEMO_DAYS)
        : transition === 'extend_demo'
          ? requireDemoDays('days', input.days)
          : null;
    const t = BILLING_TRANSITIONS[transition];
    return inCustomer(
      this.db,
      viewer,
      input.customerId,
      t.action,
      async (tx) => {
        const c = tx.customer;
        const to = nextState(c.billingState, transition);
        if (to === null) {
          throw new CustomerHierarchyError(
            CustomerHierarchyErrorCode.INVALID_BILLING_TRANSITION,
            `A ${c.billingState} customer cannot ${transition.replace('_', ' ')}; allowed from ${t.from.join(', ')}`,
            {
              field: 'customerId',
              billingState: c.billingState,
            },
          );
        }
        const demoEndsOn =
          transition === 'extend_demo'
            ? extendedDemoEnd(c, days!)
            : transition === 'activate_demo'
              ? addDays(today(), days!)
              : to === BillingState.DEMO
                ? c.demoEndsOn
                : null;
        const before = billingOf(c);
        await tx.manager.update(CustomerEntity, { id: c.id }, { billingState: to, demoEndsOn });
        const after = { ...before, billingState: to, demoEndsOn };
        await tx.auditCustomer(`customer.billing.${transition}`, 'Customer', c.id, before, after);
        return tx.manager.findOneByOrFail(CustomerEntity, { id: c.id });
      },
      { allowArchived: true },
    );
  }

  /** Sets the non-billable flag (Customer Billing: Non-Billable); not on an archived customer. */
  setNonBillable(viewer: Viewer, input: { customerId: string; nonBillable: boolean }): Promise<CustomerEntity> {
    return inCustomer(this.db, viewer, input.customerId, 'edit:billing_non_billable', async (tx) => {
      const c = tx.customer;
      if (c.nonBillable === input.nonBillable) return c;
      await tx.manager.update(CustomerEntity, { id: c.id }, { nonBillable: input.nonBillable });
      await tx.auditCustomer('customer.billing.non_billable_set', 'Customer', c.id, billingOf(c), {
        ...billingOf(c),
        nonBillable: input.nonBillable,
      });
      return tx.manager.findOneByOrFail(CustomerEntity, { id: c.id });
    });
  }
}
