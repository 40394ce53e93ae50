import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AccessContext } from '../../subgraphs/common/access/policy';
import type { Viewer } from '../../subgraphs/common/auth/tokens';
import { formatError } from '../../subgraphs/common/errors';
import { buildFederatedSubgraph } from '../../subgraphs/common/federation/build-subgraph';
import type { SubgraphDeps, SubgraphModule } from '../../subgraphs/common/subgraph';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { departmentGroupsSubgraph } from '../../subgraphs/department-groups/department-groups.subgraph';
import { OperatorService } from '../../subgraphs/department-groups/operator/operator.service';
import { loadSampleConfiguration, type SampleIds } from '../../subgraphs/department-groups/seed/demo';
import { SAMPLE_OPERATORS } from '../../subgraphs/department-groups/seed/sample-configuration';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { productRolesSubgraph } from '../../subgraphs/product-roles/product-roles.subgraph';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { accountsFactory, useAccounts, type TestAccount } from './factories';
import { rawIds, useSubgraphDeps } from './system';

/**
 * Enables LiveChat in an organization (unless it is) and makes the accounts its users (GA-9) through
 * product-roles' real services: `administrator` with the default Admin role, `normal` with the default Operator
 * role. `productDb` is a data source of the product-roles subgraph.
 */
export async function giveLiveChat(
  productDb: DataSource,
  owner: Viewer,
  organizationId: string,
  users: ReadonlyArray<readonly [accountId: string, role: 'administrator' | 'normal']>,
): Promise<void> {
  const [enabled]: unknown[] = await productDb.query(
    `SELECT 1 FROM product_roles.organization_products WHERE organization_id = $1 AND product = 'livechat'`,
    [organizationId],
  );
  if (!enabled) await new ProductService(productDb).enable(owner, { organizationId, product: 'livechat' });
  const [adminRole]: Array<{ id: string }> = await productDb.query(
    `SELECT id FROM product_roles.product_custom_roles WHERE organization_id = $1 AND product = 'livechat' AND name = 'Admin'`,
    [organizationId],
  );
  const productUsers = new ProductUserService(productDb);
  for (const [accountId, role] of users) {
    await productUsers.assign(owner, {
      organizationId,
      accountId,
      product: 'livechat',
      role,
      customRoleId: role === 'administrator' ? adminRole!.id : null,
    });
  }
}

/** A GraphQL result as the in-process client returns it. */
export interface DgResult {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: ReadonlyArray<{
    message: string;
    path?: ReadonlyArray<string | number>;
    extensions?: Record<string, unknown>;
  }>;
}

/** Error codes of a result, in order. */
export const dgCodes = (r: DgResult): unknown[] => (r.errors ?? []).map((e) => e.extensions?.code);

/** An organization with seed 001's sample configuration and its people (LHC-8), made from fresh accounts. */
export interface SampleOrganization {
  organizationId: string;
  owner: TestAccount;
  admin: TestAccount;
  /** A member with no user group. */
  member: TestAccount;
  usOperator: TestAccount;
  usLeader: TestAccount;
  auOperator: TestAccount;
  auLeader: TestAccount;
  /** In Managers and US Managers. */
  manager: TestAccount;
  ids: SampleIds;
}

/**
 * The department-groups subgraph for a test file: its deps, the accounts factories, an in-process GraphQL client
 * over the real (enforced) subgraph schema, and a factory of sample organizations.
 */
export function useDepartmentGroups() {
  const accounts = useAccounts();
  const deps = useSubgraphDeps(departmentGroupsSubgraph as unknown as SubgraphModule<AccessContext>);
  // LiveChat product users are product-roles' (GA-9): made through its real services.
  const productDeps = useSubgraphDeps(productRolesSubgraph as unknown as SubgraphModule<AccessContext>);
  const holder = {} as {
    deps: SubgraphDeps;
    f: ReturnType<typeof accountsFactory>;
    schema: GraphQLSchema;
    /** Runs one operation as the viewer (null: signed out) with a fresh per-request context. */
    run(viewer: Viewer | null, source: string, variables?: Record<string, unknown>): Promise<DgResult>;
    sample(options?: { chats?: boolean }): Promise<SampleOrganization>;
    products: ProductService;
    productUsers: ProductUserService;
    /** A data source of the product-roles subgraph (LiveChat product users, GA-9). */
    productDb: DataSource;
  };
  beforeAll(async () => {
    holder.deps = deps.current;
    holder.f = accounts.f;
    holder.schema = await buildFederatedSubgraph(departmentGroupsSubgraph.definition);
    holder.productDb = productDeps.current.db;
    holder.products = new ProductService(productDeps.current.db);
    holder.productUsers = new ProductUserService(productDeps.current.db);
    const contextFor = departmentGroupsSubgraph.createContextFactory(deps.current);
    // The subgraph server's own error formatting, so domain errors carry their codes as over HTTP.
    const format = formatError((err) => {
      throw err;
    });
    holder.run = async (viewer, source, variableValues = {}) => {
      const result = await graphql({
        schema: holder.schema,
        source,
        variableValues,
        contextValue: contextFor(viewer, {
          headers: {},
          requestId: 'test',
          remoteAddress: '127.0.0.1',
          clientAddress: '127.0.0.1',
        }),
      });
      return {
        // Raw ids, as the rows these tests make (issue 13: the API answers global ids; e2e tests check those).
        data: rawIds(result.data) as DgResult['data'],
        errors: result.errors?.map((e) => format(e.toJSON(), e)) as DgResult['errors'],
      };
    };
    holder.sample = async (options = {}) => {
      const f = accounts.f;
      const { org, owner, admin, member } = await f.organization();
      const people = await Promise.all(
        ['us-operator', 'us-leader', 'au-operator', 'au-leader', 'manager'].map((p) => f.account(p)),
      );
      for (const p of people) {
        await f.services.memberships.addMember(owner.viewer, {
          organizationId: org.id,
          email: p.email,
          role: PrimaryRole.MEMBER,
        });
      }
      const [usOperator, usLeader, auOperator, auLeader, manager] = people as [
        TestAccount,
        TestAccount,
        TestAccount,
        TestAccount,
        TestAccount,
      ];
      const byEmail = new Map(
        SAMPLE_OPERATORS.map((o, i) => [o.email, [usOperator, usLeader, auOperator, auLeader][i]!.id]),
      );
      // GA-9: live chat is the LiveChat product's. Owner and administrator hold LiveChat `administrator` with the
      // default Admin role, the operators `normal` with the default Operator role; the plain member none.
      await giveLiveChat(productDeps.current.db, owner.viewer, org.id, [
        [owner.id, 'administrator'],
        [admin.id, 'administrator'],
        ...people.map((p) => [p.id, 'normal'] as [string, 'normal']),
      ]);
      const ids = await loadSampleConfiguration(deps.current.db, owner.viewer, org.id, byEmail, options);
      await new OperatorService(deps.current.db).createOperator(owner.viewer, {
        organizationId: org.id,
        accountId: manager.id,
        userGroupIds: [ids.userGroups.get('Managers')!, ids.userGroups.get('US Managers')!],
        departmentGroupIds: [ids.departmentGroups.get('Departments US')!],
      });
      return { organizationId: org.id, owner, admin, member, usOperator, usLeader, auOperator, auLeader, manager, ids };
    };
  });
  return holder;
}
