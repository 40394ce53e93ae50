import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { requireId } from '../../common/validation';
import { CustomerEntity } from '../customer/customer.entity';
import { SalesConduitEntity, ServerEntity } from '../hierarchy/hierarchy.entity';
import { conduitTarget, customerTarget, loadAssignmentFacts, serverTarget } from '../access/access-facts';
import { isPortalAction, type PortalAction } from '../access/portal.matrix';
import {
  assignmentReadDecision,
  decide,
  decisionAsSeenBy,
  type AssignmentFacts,
  type PortalDecision,
  type Target,
} from '../access/reach';

/** A decision with what it was about. */
export interface PortalDecisionResult extends PortalDecision {
  accountId: string;
  action: PortalAction;
}

/**
 * X-2 for the hierarchy: may account A take action X (a matrix row, ES-3) on a customer, conduit or server?
 * Allowed or denied, with the assignment that decided and why. The same `decide` the policies and services use;
 * what the answer names is cut to what the caller may read.
 */
export class DecisionService {
  constructor(private readonly db: DataSource) {}

  async decide(
    viewer: Viewer,
    mine: readonly AssignmentFacts[],
    input: {
      accountId: string;
      action: string;
      customerId?: string | null;
      conduitId?: string | null;
      serverId?: string | null;
    },
  ): Promise<PortalDecisionResult> {
    const accountId = requireId('accountId', input.accountId);
    if (!isPortalAction(input.action))
      throw new ValidationError('action', 'action is not a row of the portal matrices');
    const action = input.action;
    const targets: Target[] = [];
    if (input.customerId) {
      const c = await this.db
        .getRepository(CustomerEntity)
        .findOneBy({ id: requireId('customerId', input.customerId) });
      if (!c) throw new DomainError(ErrorCode.NOT_FOUND, 'No such customer', { field: 'customerId' });
      targets.push(customerTarget(c));
    } else if (input.conduitId) {
      const c = await this.db
        .getRepository(SalesConduitEntity)
        .findOneBy({ id: requireId('conduitId', input.conduitId) });
      if (!c) throw new DomainError(ErrorCode.NOT_FOUND, 'No such sales conduit', { field: 'conduitId' });
      targets.push(conduitTarget(c));
    } else if (input.serverId) {
      const s = await this.db.getRepository(ServerEntity).findOneBy({ id: requireId('serverId', input.serverId) });
      if (!s) throw new DomainError(ErrorCode.NOT_FOUND, 'No such server', { field: 'serverId' });
      targets.push(serverTarget(s));
    }
    const facts = await loadAssignmentFacts(this.db, { accountIds: [accountId] });
    // the reason and the deciding assignment name only what the caller may read (ES-3 View rows).
    const seen = decisionAsSeenBy(
      decide(facts, action, targets),
      facts,
      (a) => assignmentReadDecision(mine, viewer.accountId, a).allowed,
      accountId === viewer.accountId,
      action,
    );
    return { ...seen, accountId, action };
  }
}
