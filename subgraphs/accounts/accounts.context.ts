import type { OrganizationAccessContext, OrganizationAccessLoaders } from '../common/organization-access';
import type { Viewer } from '../common/auth/tokens';
import type { AccountService } from './account/account.service';
import type { AccountsLoaders } from './accounts.loaders';
import type { MembershipService } from './membership/membership.service';
import type { OrganizationService } from './organization/organization.service';
import type { SessionService } from './session/session.service';

/** Stateless services, created once per process. */
export interface AccountsServices {
  accounts: AccountService;
  organizations: OrganizationService;
  memberships: MembershipService;
  sessions: SessionService;
}

/** Per-request context of the accounts subgraph. */
export interface AccountsContext extends OrganizationAccessContext {
  viewer: Viewer | null;
  requestId: string;
  /** The client's address: the gateway's signed `x-client-address`, else the socket's peer. */
  clientAddress: string;
  loaders: AccountsLoaders;
  orgAccess: OrganizationAccessLoaders;
  services: AccountsServices;
}
