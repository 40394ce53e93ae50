import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { decideChat } from '../access/decide';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { ChatEntity } from './chat.entity';
import { Chat } from './chat.type';

const CAN = { nullable: true } as const;

@Resolver(() => Chat)
export class ChatCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: postChatMessage would be allowed (LHC-5).' })
  @RequiresPermission('chat:read')
  async viewerCanPostMessage(@Root() chat: ChatEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    const [facts, layout] = await Promise.all([
      ctx.loaders.viewerFacts(chat.organizationId),
      ctx.loaders.layoutByOrganizationId.load(chat.organizationId),
    ]);
    return facts ? decideChat(facts, layout, 'chat.post', chat.departmentId).allowed : false;
  }
}
