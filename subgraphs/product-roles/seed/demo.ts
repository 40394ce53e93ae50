import { accountsByEmailSuffix, organizationByName } from '../../common/contracts/accounts';
import type { SubgraphDeps } from '../../common/subgraph';
import { ChatbotContentService } from '../chatbot/chatbot-content.service';
import { CompanyRole } from '../chatbot/chatbot.matrix';
import { CompanyService } from '../chatbot/company.service';
import { ProductService } from '../product/product.service';
import { ProductUserService } from '../product-user/product-user.service';

/**
 * The product-roles demo in "Acme Support": livechat with the three legacy roles of GA-10 (owner → OWNER,
 * admin + billing_editor → VICEOWNER, member → AGENT) and chatbot with one user per company role, joined
 * through real invitations. Skips when products are already enabled.
 */
export async function seedProductRolesDemo({ db }: SubgraphDeps): Promise<void> {
  const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM product_roles.organization_products')) as Array<{
    n: number;
  }>;
  if (n > 0) return;
  const acme = await organizationByName(db, 'Acme Support');
  if (!acme) return;
  const org = { id: acme.organizationId };
  const ids = new Map((await accountsByEmailSuffix(db, '@demo.test')).map((a) => [a.email, a.accountId]));
  const as = (email: string) => ({ accountId: ids.get(email)! });
  const owner = as('owner@demo.test');
  const products = new ProductService(db);
  const users = new ProductUserService(db);
  const companies = new CompanyService(db);
  for (const product of ['livechat', 'chatbot']) await products.enable(owner, { organizationId: org.id, product });
  const [admin] = (await db.query(
    `SELECT id FROM product_roles.product_custom_roles WHERE organization_id = $1 AND product = 'livechat' AND name = 'Admin'`,
    [org.id],
  )) as Array<{ id: string }>;
  for (const [email, role] of [
    ['owner@demo.test', 'administrator'],
    ['admin@demo.test', 'administrator'],
    ['member@demo.test', 'normal'],
    // Department-groups' demo operators (seed 001) use live chat, so they are LiveChat users (GA-9).
    ['us-operator@demo.test', 'normal'],
    ['us-leader@demo.test', 'normal'],
    ['au-operator@demo.test', 'normal'],
    ['au-leader@demo.test', 'normal'],
  ] as const) {
    if (!ids.has(email)) continue;
    await users.assign(owner, {
      organizationId: org.id,
      accountId: ids.get(email)!,
      product: 'livechat',
      role,
      customRoleId: role === 'administrator' ? admin.id : null,
    });
  }
  for (const [email, role] of [
    ['admin@demo.test', CompanyRole.ADMINISTRATOR],
    ['manager@demo.test', CompanyRole.MANAGER],
    ['designer@demo.test', CompanyRole.DESIGNER],
  ] as const) {
    await companies.invite(owner, { organizationId: org.id, email, role });
    await companies.accept(as(email), { organizationId: org.id });
  }
  const content = new ChatbotContentService(db);
  const project = await content.createProject(owner, { organizationId: org.id, name: 'Support bot' });
  const agent = await content.createAgent(owner, { organizationId: org.id, projectId: project.id, name: 'Greeter' });
  await content.createScenario(owner, {
    organizationId: org.id,
    agentId: agent.id,
    content: { start: { say: 'Hello! How can I help?' } },
  });
  await content.addChannel(owner, {
    organizationId: org.id,
    agentId: agent.id,
    kind: 'web',
    config: { color: 'blue' },
  });
}
