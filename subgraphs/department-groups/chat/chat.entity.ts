import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A visitor's chat in a department: the resource LHC-5 decides reading of. */
@Entity({ name: 'chats' })
export class ChatEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Monotonic, for stable chat pages. */
  @Column({ type: 'bigint', insert: false, update: false }) seq!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @Column({ name: 'visitor_name', type: 'text' }) visitorName!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** One message of a chat; a null author is the visitor. */
@Entity({ name: 'chat_messages' })
export class ChatMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq!: string;
  @Column({ name: 'chat_id', type: 'uuid' }) chatId!: string;
  @Column({ name: 'author_account_id', type: 'uuid', nullable: true }) authorAccountId!: string | null;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}
