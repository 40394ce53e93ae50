import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId, requireName } from '../../common/validation';
import { serverTarget } from '../access/access-facts';
import { inHierarchy, locks } from '../access/hierarchy.tx';
import { conduitManageDecision, rootDecision } from '../access/reach';
import { SalesConduitEntity, ServerEntity } from './hierarchy.entity';

const conflict = (what: string, name: string) =>
  new DomainError(ErrorCode.CONFLICT, `${what} "${name}" already exists`, { field: 'name' });

/** Servers and sales conduits (ES-1): created by ROOT, conduits also by SUPPORT of their server. */
export class HierarchyService {
  constructor(private readonly db: DataSource) {}

  /** Every server, by name. */
  listServers(): Promise<ServerEntity[]> {
    return this.db.getRepository(ServerEntity).find({ order: { name: 'ASC' } });
  }

  /** Creates a server (ROOT). */
  createServer(viewer: Viewer, input: { name: string }): Promise<ServerEntity> {
    const name = requireName('name', input.name);
    return inHierarchy(
      this.db,
      viewer,
      [locks.servers],
      async (tx) => {
        if (await tx.manager.findOneBy(ServerEntity, { name })) throw conflict('Server', name);
        const { identifiers } = await tx.manager.insert(ServerEntity, { name });
        const id = identifiers[0]!.id as string;
        await tx.auditIn(null, 'server.created', 'Server', id, null, { name });
        return tx.manager.findOneByOrFail(ServerEntity, { id });
      },
      rootDecision,
    );
  }

  /** Creates a sales conduit in a server (ROOT, or SUPPORT of that server). */
  createSalesConduit(viewer: Viewer, input: { serverId: string; name: string }): Promise<SalesConduitEntity> {
    const serverId = requireId('serverId', input.serverId);
    const name = requireName('name', input.name);
    return inHierarchy(this.db, viewer, [locks.server(serverId)], async (tx) => {
      if (!(await tx.manager.findOneBy(ServerEntity, { id: serverId })))
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such server', { field: 'serverId' });
      tx.require(conduitManageDecision(tx.actor, serverTarget({ id: serverId })));
      if (await tx.manager.findOneBy(SalesConduitEntity, { serverId, name })) throw conflict('Sales conduit', name);
      const { identifiers } = await tx.manager.insert(SalesConduitEntity, { serverId, name });
      const id = identifiers[0]!.id as string;
      await tx.auditIn(null, 'sales_conduit.created', 'SalesConduit', id, null, { serverId, name });
      return tx.manager.findOneByOrFail(SalesConduitEntity, { id });
    });
  }

  /** Renames a server (ROOT, as creating it; issue 13: seed 004's matrices name no server row, ES-2 gives ROOT all). */
  renameServer(viewer: Viewer, input: { serverId: string; name: string }): Promise<ServerEntity> {
    const serverId = requireId('serverId', input.serverId);
    const name = requireName('name', input.name);
    return inHierarchy(
      this.db,
      viewer,
      [locks.servers],
      async (tx) => {
        const server = await tx.manager.findOneBy(ServerEntity, { id: serverId });
        if (!server) throw new DomainError(ErrorCode.NOT_FOUND, 'No such server', { field: 'serverId' });
        if (server.name === name) return server;
        const other = await tx.manager.findOneBy(ServerEntity, { name });
        if (other && other.id !== serverId) throw conflict('Server', name);
        await tx.manager.update(ServerEntity, { id: serverId }, { name });
        await tx.auditIn(null, 'server.renamed', 'Server', serverId, { name: server.name }, { name });
        return tx.manager.findOneByOrFail(ServerEntity, { id: serverId });
      },
      rootDecision,
    );
  }

  /** Renames a sales conduit (ROOT, or SUPPORT of its server: whoever may create it, by `conduitManageDecision`). */
  async renameSalesConduit(viewer: Viewer, input: { conduitId: string; name: string }): Promise<SalesConduitEntity> {
    const conduitId = requireId('conduitId', input.conduitId);
    const name = requireName('name', input.name);
    const notFound = () => new DomainError(ErrorCode.NOT_FOUND, 'No such sales conduit', { field: 'conduitId' });
    // A conduit never changes server, so its server's lock key can be read before the transaction.
    const found = await this.db.getRepository(SalesConduitEntity).findOneBy({ id: conduitId });
    if (!found) throw notFound();
    return inHierarchy(this.db, viewer, [locks.server(found.serverId)], async (tx) => {
      const conduit = await tx.manager.findOneBy(SalesConduitEntity, { id: conduitId });
      if (!conduit) throw notFound();
      tx.require(conduitManageDecision(tx.actor, serverTarget({ id: conduit.serverId })));
      if (conduit.name === name) return conduit;
      const other = await tx.manager.findOneBy(SalesConduitEntity, { serverId: conduit.serverId, name });
      if (other && other.id !== conduitId) throw conflict('Sales conduit', name);
      await tx.manager.update(SalesConduitEntity, { id: conduitId }, { name });
      await tx.auditIn(null, 'sales_conduit.renamed', 'SalesConduit', conduitId, { name: conduit.name }, { name });
      return tx.manager.findOneByOrFail(SalesConduitEntity, { id: conduitId });
    });
  }
}
