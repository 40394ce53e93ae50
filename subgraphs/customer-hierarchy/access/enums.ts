import { registerEnumType } from 'type-graphql';
import { AssociationKind } from '../association/association.kind';
import { BillingState } from '../customer/billing.machine';
import { PORTAL_ACTIONS, PortalRole } from './portal.matrix';

/** The RTP gateway's transports (ES-1 settings). */
export enum RtpTransport {
  UDP = 'UDP',
  TCP = 'TCP',
  TLS = 'TLS',
}
registerEnumType(RtpTransport, { name: 'RtpTransport', description: "An RTP gateway's transport." });
registerEnumType(PortalRole, { name: 'PortalRole', description: 'Portal roles and their reach (ES-2).' });
registerEnumType(BillingState, { name: 'BillingState', description: 'The billing state machine (ES-4).' });
registerEnumType(AssociationKind, {
  name: 'DepartmentAssociationKind',
  description: 'Intra customer, inter customer (one conduit), inter conduit (one server) (ES-5).',
});

/** The matrix rows as a GraphQL enum: `CREATE_CUSTOMER` ↔ `create:customer`. */
export const PortalActionEnum: Record<string, string> = Object.fromEntries(
  PORTAL_ACTIONS.map((a) => [a.replace(':', '_').toUpperCase(), a]),
);
registerEnumType(PortalActionEnum, {
  name: 'PortalAction',
  description: 'A row of the Create, Edit, Delete or View matrix (ES-3).',
});

export { AssociationKind, BillingState, PortalRole };
