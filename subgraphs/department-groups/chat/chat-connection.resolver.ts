import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { DepartmentGroupsContext } from '../department-groups.context';
import { ChatConnection } from './chat.type';

@Resolver(() => ChatConnection)
export class ChatConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() page: ChatConnection, @Ctx() ctx: DepartmentGroupsContext): Promise<number> {
    return ctx.loaders.chatCount.load({ parentId: page.organizationId, filter: { departmentIds: page.departmentIds } });
  }
}
