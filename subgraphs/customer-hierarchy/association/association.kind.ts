import type { PortalAction } from '../access/portal.matrix';
import { CustomerHierarchyError, CustomerHierarchyErrorCode } from '../customer-hierarchy.errors';

/** ES-5: the three kinds of department association. */
export enum AssociationKind {
  INTRA_CUSTOMER = 'INTRA_CUSTOMER',
  INTER_CUSTOMER = 'INTER_CUSTOMER',
  INTER_CONDUIT = 'INTER_CONDUIT',
}

/** Where a department lives. */
export interface DepartmentPlace {
  customerId: string;
  conduitId: string;
  serverId: string;
}

/**
 * The kind of a link between two departments: the same customer; two customers of one conduit; two conduits of
 * one server. Across servers there is no kind: CROSS_SERVER_ASSOCIATION.
 */
export function associationKind(a: DepartmentPlace, b: DepartmentPlace): AssociationKind {
  if (a.serverId !== b.serverId) {
    throw new CustomerHierarchyError(
      CustomerHierarchyErrorCode.CROSS_SERVER_ASSOCIATION,
      'Departments on different servers are never associated',
      {
        field: 'otherDepartmentId',
      },
    );
  }
  if (a.customerId === b.customerId) return AssociationKind.INTRA_CUSTOMER;
  return a.conduitId === b.conduitId ? AssociationKind.INTER_CUSTOMER : AssociationKind.INTER_CONDUIT;
}

const ROW: Readonly<Record<AssociationKind, string>> = {
  INTRA_CUSTOMER: 'association_intra',
  INTER_CUSTOMER: 'association_inter_customer',
  INTER_CONDUIT: 'association_inter_conduit',
};

/** The matrix row that governs creating or deleting an association of a kind (ES-3). */
export function associationAction(op: 'create' | 'delete', kind: AssociationKind): PortalAction {
  return `${op}:${ROW[kind]}` as PortalAction;
}
