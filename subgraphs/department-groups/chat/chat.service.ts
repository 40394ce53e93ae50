import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId, requireName, validateInput } from '../../common/validation';
import { decide, decideChat } from '../access/decide';
import { rowsOfOrganization } from '../access/organization.rows';
import { changeOrganization } from '../access/organization.tx';
import { DepartmentEntity } from '../department/department.entity';
import { ChatEntity, ChatMessageEntity } from './chat.entity';

function requireBody(value: unknown): string {
  const body = typeof value === 'string' ? value.trim() : '';
  if (body.length === 0 || body.length > 2000)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'body must be 1 to 2000 characters', { field: 'body' });
  return body;
}

/**
 * A minimal chat: enough to decide, end to end, who reads and writes which chat (LHC-5), and that live chat is
 * the LiveChat product's (GA-9, LC-1).
 */
export class ChatService {
  constructor(private readonly db: DataSource) {}

  /** Opens a chat in a department the caller sees, with the visitor's first message (`conversations.live`). */
  startChat(
    viewer: Viewer,
    input: { organizationId: string; departmentId: string; visitorName: string; message: string },
  ): Promise<ChatEntity> {
    const { departmentId, visitorName, body } = validateInput({
      departmentId: () => requireId('departmentId', input.departmentId),
      visitorName: () => requireName('visitorName', input.visitorName),
      body: () => requireBody(input.message),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'chat.start'),
      async ({ manager, organizationId, facts, ...tx }) => {
        await rowsOfOrganization(manager, DepartmentEntity, organizationId, [departmentId], 'departmentId');
        tx.require(decideChat(facts.actor, facts.layout, 'chat.start', departmentId));
        const { identifiers } = await manager.insert(ChatEntity, { organizationId, departmentId, visitorName });
        const id = identifiers[0]!.id as string;
        await manager.insert(ChatMessageEntity, { chatId: id, authorAccountId: null, body });
        return manager.findOneByOrFail(ChatEntity, { id });
      },
    );
  }

  /** An operator writes in a chat of a department they see (`conversations.live` or `inbox.use`). */
  async postMessage(viewer: Viewer, input: { chatId: string; body: string }): Promise<ChatEntity> {
    const { chatId, body } = validateInput({
      chatId: () => requireId('chatId', input.chatId),
      body: () => requireBody(input.body),
    });
    const chat = await this.db.getRepository(ChatEntity).findOneBy({ id: chatId });
    if (!chat) throw new DomainError(ErrorCode.NOT_FOUND, 'No such chat', { field: 'chatId' });
    return changeOrganization(
      this.db,
      viewer,
      chat.organizationId,
      ({ actor, layout }) => decideChat(actor, layout, 'chat.post', chat.departmentId),
      async ({ manager }) => {
        await manager.insert(ChatMessageEntity, { chatId, authorAccountId: viewer.accountId, body });
        return chat;
      },
    );
  }
}
