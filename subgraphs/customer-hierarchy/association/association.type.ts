import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { AssociationKind } from '../access/enums';
import { CountedConnection } from '../../common/pagination';

@ObjectType('DepartmentAssociation', { description: 'A link between two departments of one server (ES-5).' })
export class DepartmentAssociation {
  @Field(() => ID) @Public() id!: string;
  @Field(() => AssociationKind, { nullable: true })
  @RequiresPermission('portal:association:read')
  kind!: AssociationKind;
  @Field(() => Date, { nullable: true }) @RequiresPermission('portal:association:read') createdAt!: Date;
}

@ObjectType('DepartmentAssociationConnection', { description: 'A page of department associations, oldest first.' })
export class DepartmentAssociationConnection extends CountedConnection(
  DepartmentAssociation,
  'DepartmentAssociation',
) {}
