import { domainDecisionTypes } from '../../common/access/decision.type';
import { DECISION_TYPE_NAMES } from '../../common/access/capability';

/** Live chat's decision entity: answered here, by the operations' own `decide()` (X-2). */
export const LiveChatDecisionTypes = domainDecisionTypes(DECISION_TYPE_NAMES['department-groups']);
