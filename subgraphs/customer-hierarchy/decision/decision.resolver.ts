import { DECISION_TYPE_NAMES } from '../../common/access/capability';
import { domainDecisionTypes } from '../../common/access/decision.type';

/** The hierarchy's decision entity: answered here, by the portal matrices' own `decide` (X-2). */
export const PortalAccessDecisionTypes = domainDecisionTypes(DECISION_TYPE_NAMES['customer-hierarchy']);
