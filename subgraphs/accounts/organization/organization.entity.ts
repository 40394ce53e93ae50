import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant (GA-2): the chatbot platform's company, the portal's customer. */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}
