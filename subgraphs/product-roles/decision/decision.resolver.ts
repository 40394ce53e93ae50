import { DECISION_TYPE_NAMES } from '../../common/access/capability';
import { domainDecisionTypes } from '../../common/access/decision.type';

/** Product roles' decision entity: answered here, by the mutations' own decide functions. */
export const ProductDecisionTypes = domainDecisionTypes(DECISION_TYPE_NAMES['product-roles']);
