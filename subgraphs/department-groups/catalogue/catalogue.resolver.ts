import { Query, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { PERMISSION_CATALOGUE, type CatalogueModule } from './permission-catalogue';
import { PermissionModule } from './catalogue.type';

@Resolver(() => PermissionModule)
export class CatalogueResolver {
  @Query(() => [PermissionModule], {
    nullable: true,
    description: 'Every module and function grants may name (seed 001).',
  })
  @RequiresPermission('authenticated')
  permissionCatalogue(): readonly CatalogueModule[] {
    return PERMISSION_CATALOGUE;
  }
}
