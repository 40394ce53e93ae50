import type { AccessContext } from '../../subgraphs/common/access/policy';
import type { SubgraphDeps, SubgraphModule } from '../../subgraphs/common/subgraph';
import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { ChatbotContentService } from '../../subgraphs/product-roles/chatbot/chatbot-content.service';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { productRolesSubgraph } from '../../subgraphs/product-roles/product-roles.subgraph';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { accountsFactory, useAccounts, type TestAccount } from './factories';
export { outcome } from './factories';
import { useSubgraphDeps } from './system';

/** Product-roles services over the test database, with the accounts factories to make people and organizations. */
export function useProductRoles() {
  const accounts = useAccounts();
  const deps = useSubgraphDeps(productRolesSubgraph as unknown as SubgraphModule<AccessContext>);
  const holder = {} as {
    deps: SubgraphDeps;
    accounts: ReturnType<typeof accountsFactory>;
    products: ProductService;
    users: ProductUserService;
    companies: CompanyService;
    content: ChatbotContentService;
    /** An organization (owner, admin, member) with chatbot enabled and one company user per role. */
    company(): Promise<
      Awaited<ReturnType<ReturnType<typeof accountsFactory>['organization']>> & {
        manager: TestAccount;
        designer: TestAccount;
      }
    >;
  };
  beforeAll(() => {
    const db = deps.current.db;
    Object.assign(holder, {
      deps: deps.current,
      accounts: accounts.f,
      products: new ProductService(db),
      users: new ProductUserService(db),
      companies: new CompanyService(db),
      content: new ChatbotContentService(db),
    });
    holder.company = async () => {
      const o = await holder.accounts.organization();
      const manager = await holder.accounts.account('manager');
      const designer = await holder.accounts.account('designer');
      await holder.products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'chatbot' });
      for (const [who, role] of [
        [o.admin, CompanyRole.ADMINISTRATOR],
        [manager, CompanyRole.MANAGER],
        [designer, CompanyRole.DESIGNER],
      ] as const) {
        await holder.companies.invite(o.owner.viewer, { organizationId: o.org.id, email: who.email, role });
        await holder.companies.accept(who.viewer, { organizationId: o.org.id });
      }
      return { ...o, manager, designer };
    };
  });
  return holder;
}
