import { DECISION_ID_NAMES } from '../common/access/decision.type';
import { DECISION_TYPE_NAMES } from '../common/access/capability';
import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { passwordHasher } from '../common/auth/passwords';
import { createOrganizationAccessLoaders } from '../common/organization-access';
import type { SubgraphModule } from '../common/subgraph';
import { AccountEntity } from './account/account.entity';
import { AccountService } from './account/account.service';
import { LoginThrottle } from './account/login-throttle';
import type { AccountsContext } from './accounts.context';
import { createAccountsLoaders } from './accounts.loaders';
import { accountsPolicies } from './accounts.policy';
import { MembershipCustomRoleEntity, MembershipEntity } from './membership/membership.entity';
import { MembershipCapabilityResolver } from './membership/membership.capability.resolver';
import { OrganizationCapabilityResolver } from './organization/organization.capability.resolver';
import { AccountsDecisionTypes, DecisionResolver } from './decision/decision.resolver';
import { MembershipService } from './membership/membership.service';
import { AccountsInitial1732300000000 } from './migrations/1732300000000-accounts-initial';
import { AccountsPublishedApi1732300000001 } from './migrations/1732300000001-accounts-published-api';
import { AccountsCreateOrganization1732300000002 } from './migrations/1732300000002-accounts-create-organization';
import { AccountsLoginAttempts1732300000003 } from './migrations/1732300000003-accounts-login-attempts';
import { AccountsAuditLog1732300000010 } from './migrations/1732300000010-accounts-audit-log';
import { AccountsSessions1732300000011 } from './migrations/1732300000011-accounts-sessions';
import { AccountsAddNewMember1732300000050 } from './migrations/1732300000050-accounts-add-new-member';
import { AccountsRenameOrganization1732300000040 } from './migrations/1732300000040-accounts-rename-organization';
import { OrganizationEntity } from './organization/organization.entity';
import { OrganizationService } from './organization/organization.service';
import { seedAccountsDemo } from './seed/demo';
import { SessionService } from './session/session.service';
import { AccountResolver } from './account/account.resolver';
import { MembershipConnectionResolver } from './membership/membership-connection.resolver';
import { MembershipResolver } from './membership/membership.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { SessionResolver } from './session/session.resolver';
import { accountsNodes } from './accounts.nodes';

/** The accounts subgraph: accounts, organizations, memberships, primary and custom roles (GA-1…GA-7, GA-11). */
export const accountsSubgraph: SubgraphModule<AccountsContext> = {
  name: 'accounts',
  dbSchema: 'accounts',
  entities: [AccountEntity, OrganizationEntity, MembershipEntity, MembershipCustomRoleEntity, AuditEventEntity],
  migrations: [
    AccountsInitial1732300000000,
    AccountsPublishedApi1732300000001,
    AccountsCreateOrganization1732300000002,
    AccountsLoginAttempts1732300000003,
    AccountsAuditLog1732300000010,
    AccountsSessions1732300000011,
    AccountsRenameOrganization1732300000040,
    AccountsAddNewMember1732300000050,
  ],
  definition: {
    name: 'accounts',
    resolvers: [
      AccountResolver,
      OrganizationResolver,
      MembershipResolver,
      MembershipConnectionResolver,
      MembershipCapabilityResolver,
      OrganizationCapabilityResolver,
      SessionResolver,
      DecisionResolver,
    ],
    orphanedTypes: [AccountsDecisionTypes.Own, ...AccountsDecisionTypes.stubs],
    policies: accountsPolicies,
    referenceResolvers: {
      [DECISION_TYPE_NAMES.accounts]: {
        __resolveReference: (ref: { key: string }, ctx: AccountsContext) => ctx.loaders.accountsDecision.load(ref.key),
      },
    },
    nodes: accountsNodes,
    // Audit events have a global id but no node loader (see accounts.nodes.ts).
    idNames: { ...DECISION_ID_NAMES, 'AuditEvent.id': 'AuditEvent' },
  },
  createContextFactory({ db, tokens, config }) {
    const sessions = new SessionService(db, tokens, config.sessions);
    const services = {
      sessions,
      accounts: new AccountService(
        db,
        sessions,
        passwordHasher(config.passwords),
        new LoginThrottle(db, config.loginAbuse),
      ),
      organizations: new OrganizationService(db),
      memberships: new MembershipService(db),
    };
    return (viewer, req) => {
      const ctx = { viewer, requestId: req.requestId, clientAddress: req.clientAddress, services } as AccountsContext;
      ctx.orgAccess = createOrganizationAccessLoaders(db, () => ctx.viewer);
      ctx.loaders = createAccountsLoaders(db, () => ctx.viewer, ctx.orgAccess);
      return ctx;
    };
  },
  seedDemo: seedAccountsDemo,
};
