import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BillingState } from './billing.machine';

/** A customer: an accounts organization seen from the reseller side (ES-1), with its billing state (ES-4) and settings. */
@Entity({ name: 'customers' })
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The accounts organization this customer is (a federated link; the name lives in accounts). */
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'conduit_id', type: 'uuid' }) conduitId!: string;
  /** The conduit's server, carried so the database can refuse cross-server associations (ES-5). */
  @Column({ name: 'server_id', type: 'uuid' }) serverId!: string;
  @Column({ name: 'self_discovery', type: 'boolean' }) selfDiscovery!: boolean;
  @Column({ name: 'account_code', type: 'text', nullable: true }) accountCode!: string | null;
  @Column({ name: 'billing_state', type: 'text' }) billingState!: BillingState;
  @Column({ name: 'non_billable', type: 'boolean' }) nonBillable!: boolean;
  /** A demo's end date (YYYY-MM-DD); null in every other state. */
  @Column({ name: 'demo_ends_on', type: 'date', nullable: true }) demoEndsOn!: string | null;
  @Column({ name: 'client_side_recording', type: 'boolean' }) clientSideRecording!: boolean;
  @Column({ name: 'rtp_gateway_config', type: 'jsonb', nullable: true }) rtpGatewayConfig!: RtpGatewayConfig | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** A customer's RTP gateway configuration. */
export interface RtpGatewayConfig {
  host: string;
  port: number;
  transport: 'UDP' | 'TCP' | 'TLS';
}
