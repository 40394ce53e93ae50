import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';

@ObjectType('Server', { description: 'The top of the reseller hierarchy (ES-1); read by ROOT and its SUPPORT.' })
export class Server {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('portal:hierarchy:read') name!: string;
}

@ObjectType('SalesConduit', {
  description: 'A sales conduit of a server (ES-1); read by those whose reach includes it.',
})
export class SalesConduit {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('portal:hierarchy:read') name!: string;
}

@ObjectType('RenameServerPayload', { description: 'The server as renamed.' })
export class RenameServerPayload {
  @Field(() => Server, { nullable: true }) @Public() server!: unknown;
}

@ObjectType('RenameSalesConduitPayload', { description: 'The sales conduit as renamed.' })
export class RenameSalesConduitPayload {
  @Field(() => SalesConduit, { nullable: true }) @Public() salesConduit!: unknown;
}
