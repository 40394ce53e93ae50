import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A department of a customer (ES-1); department associations link them (ES-5). */
@Entity({ name: 'departments' })
export class CustomerDepartmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A group of a customer's end users. */
@Entity({ name: 'groups' })
export class CustomerGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A broadcast group of a customer. */
@Entity({ name: 'broadcast_groups' })
export class BroadcastGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** An end user of a customer (the seed's "Users"; not a portal user). */
@Entity({ name: 'end_users' })
export class EndUserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) email!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A support feature key enabled for an end user. */
@Entity({ name: 'end_user_feature_keys' })
export class EndUserFeatureKeyEntity {
  @PrimaryColumn({ name: 'end_user_id', type: 'uuid' }) endUserId!: string;
  @PrimaryColumn({ name: 'feature_key', type: 'text' }) featureKey!: string;
}

/** A note on a customer. */
@Entity({ name: 'notes' })
export class CustomerNoteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'author_account_id', type: 'uuid', nullable: true }) authorAccountId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A manual activation code of a customer. */
@Entity({ name: 'activation_codes' })
export class ActivationCodeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) label!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** An external contact of a customer, in its list order. */
@Entity({ name: 'external_contacts' })
export class ExternalContactEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
}

/** An end user in a group of the same customer (issue 13; seed 004 "manages user and group activity"). */
@Entity({ name: 'group_members' })
export class CustomerGroupMemberEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @PrimaryColumn({ name: 'end_user_id', type: 'uuid' }) endUserId!: string;
}

/** An end user in a broadcast group of the same customer. */
@Entity({ name: 'broadcast_group_members' })
export class BroadcastGroupMemberEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @PrimaryColumn({ name: 'end_user_id', type: 'uuid' }) endUserId!: string;
}
