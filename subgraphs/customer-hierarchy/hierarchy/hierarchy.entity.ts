import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A server: the top of the reseller hierarchy (ES-1). */
@Entity({ name: 'servers' })
export class ServerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A sales conduit of a server; its customers sit in it (ES-1). */
@Entity({ name: 'sales_conduits' })
export class SalesConduitEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'server_id', type: 'uuid' }) serverId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}
