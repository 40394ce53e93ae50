import type { Viewer } from '../common/auth/tokens';
import type { OrganizationAccessContext, OrganizationAccessLoaders } from '../common/organization-access';
import type { ChatbotContentService } from './chatbot/chatbot-content.service';
import type { CompanyService } from './chatbot/company.service';
import type { ProductService } from './product/product.service';
import type { ProductRolesLoaders } from './product-roles.loaders';
import type { ProductUserService } from './product-user/product-user.service';

/** Stateless services, created once per process. */
export interface ProductRolesServices {
  products: ProductService;
  productUsers: ProductUserService;
  companies: CompanyService;
  chatbot: ChatbotContentService;
}

/** Per-request context of the product-roles subgraph. */
export interface ProductRolesContext extends OrganizationAccessContext {
  viewer: Viewer | null;
  requestId: string;
  loaders: ProductRolesLoaders;
  orgAccess: OrganizationAccessLoaders;
  services: ProductRolesServices;
}
