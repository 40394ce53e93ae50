import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId, requireName } from '../../common/validation';
import { inOrganization } from '../organization/organization.lock';
import { rowsOfOrganization } from '../organization/organization.rows';
import { departmentsVisibleTo, loadDepartmentLayout } from '../permission/access-facts';
import { DepartmentEntity } from '../department/department.entity';
import { ChatEntity, ChatMessageEntity } from './chat.entity';

const CHAT_USE = { anyFunction: [['lhchat', 'use']] as const };

function requireBody(value: unknown): string {
  const body = typeof value === 'string' ? value.trim() : '';
  if (body.length === 0 || body.length > 2000)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'body must be 1 to 2000 characters', { field: 'body' });
  return body;
}

/** A minimal chat: enough to decide, end to end, who reads which chat (LHC-5). */
export class ChatService {
  constructor(private readonly db: DataSource) {}

  /** Opens a chat in a department the caller sees, with the visitor's first message. */
  startChat(
    viewer: Viewer,
    input: { organizationId: string; departmentId: string; visitorName: string; message: string },
  ): Promise<ChatEntity> {
    const departmentId = requireId('departmentId', input.departmentId);
    const visitorName = requireName('visitorName', input.visitorName);
    const body = requireBody(input.message);
    return inOrganization(
      this.db,
      viewer,
      input.organizationId,
      CHAT_USE,
      async ({ manager, organizationId, actor }) => {
        await rowsOfOrganization(manager, DepartmentEntity, organizationId, [departmentId], 'departmentId');
        const layout = (await loadDepartmentLayout(manager, [organizationId])).get(organizationId)!;
        if (!departmentsVisibleTo(actor, layout).has(departmentId)) {
          throw new DomainError(ErrorCode.FORBIDDEN, 'Not allowed: you do not see this department (LHC-5)', {
            field: 'departmentId',
          });
        }
        const { identifiers } = await manager.insert(ChatEntity, { organizationId, departmentId, visitorName });
        const id = identifiers[0]!.id as string;
        await manager.insert(ChatMessageEntity, { chatId: id, authorAccountId: null, body });
        return manager.findOneByOrFail(ChatEntity, { id });
      },
    );
  }

  /** An operator writes in a chat of a department they see. */
  async postMessage(viewer: Viewer, input: { chatId: string; body: string }): Promise<ChatEntity> {
    const chatId = requireId('chatId', input.chatId);
    const body = requireBody(input.body);
    const chat = await this.db.getRepository(ChatEntity).findOneBy({ id: chatId });
    if (!chat) throw new DomainError(ErrorCode.NOT_FOUND, 'No such chat', { field: 'chatId' });
    return inOrganization(
      this.db,
      viewer,
      chat.organizationId,
      CHAT_USE,
      async ({ manager, organizationId, actor }) => {
        const layout = (await loadDepartmentLayout(manager, [organizationId])).get(organizationId)!;
        if (!departmentsVisibleTo(actor, layout).has(chat.departmentId)) {
          throw new DomainError(
            ErrorCode.FORBIDDEN,
            'Not allowed: you do not see the department of this chat (LHC-5)',
            { field: 'chatId' },
          );
        }
        await manager.insert(ChatMessageEntity, { chatId, authorAccountId: viewer.accountId, body });
        return chat;
      },
    );
  }
}
