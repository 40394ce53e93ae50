import { passwordHasher } from '../../subgraphs/common/auth/passwords';
import type { Viewer } from '../../subgraphs/common/auth/tokens';
import type { SubgraphDeps } from '../../subgraphs/common/subgraph';
import { AccountService } from '../../subgraphs/accounts/account/account.service';
import { MembershipService } from '../../subgraphs/accounts/membership/membership.service';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { OrganizationService } from '../../subgraphs/accounts/organization/organization.service';
import { SessionService } from '../../subgraphs/accounts/session/session.service';
import { uniqueEmail, useSubgraphDeps } from './system';
import { accountsSubgraph } from '../../subgraphs/accounts/accounts.subgraph';
import type { AccessContext } from '../../subgraphs/common/access/policy';
import type { SubgraphModule } from '../../subgraphs/common/subgraph';

export const PASSWORD = 'correct horse battery';

/** A signed-up account: its id, e-mail, tokens and viewer (in the session sign-up started). */
export interface TestAccount {
  id: string;
  email: string;
  token: string;
  refreshToken: string;
  viewer: Viewer;
}

/** Small factories over the real services (no shared fixtures: every test makes its own data). */
export function accountsFactory(deps: SubgraphDeps) {
  const sessions = new SessionService(deps.db, deps.tokens, deps.config.sessions);
  const accounts = new AccountService(deps.db, sessions, passwordHasher(deps.config.passwords));
  const organizations = new OrganizationService(deps.db);
  const memberships = new MembershipService(deps.db);
  const account = async (prefix = 'user'): Promise<TestAccount> => {
    const email = uniqueEmail(prefix);
    const {
      token,
      refreshToken,
      sessionId,
      account: a,
    } = await accounts.signUp({
      email,
      name: prefix,
      password: PASSWORD,
    });
    return { id: a.id, email, token, refreshToken, viewer: { accountId: a.id, sessionId } };
  };
  /** An organization with an owner, an administrator and a member. */
  const organization = async () => {
    const owner = await account('owner');
    const admin = await account('admin');
    const member = await account('member');
    const org = await organizations.create(owner.viewer, { name: `Org ${owner.email}` });
    await memberships.addMember(owner.viewer, {
      organizationId: org.id,
      email: admin.email,
      role: PrimaryRole.ADMINISTRATOR,
    });
    await memberships.addMember(owner.viewer, {
      organizationId: org.id,
      email: member.email,
      role: PrimaryRole.MEMBER,
    });
    return { org, owner, admin, member };
  };
  return { services: { accounts, organizations, memberships, sessions }, account, organization };
}

/** Accounts services and factories for a test file, over the test database. */
export function useAccounts() {
  const deps = useSubgraphDeps(accountsSubgraph as unknown as SubgraphModule<AccessContext>);
  const holder = {} as { deps: SubgraphDeps; f: ReturnType<typeof accountsFactory> };
  beforeAll(() => {
    holder.deps = deps.current;
    holder.f = accountsFactory(deps.current);
  });
  return holder;
}

/** The error code a service call rejected with, or 'OK'. */
export async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}
