import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId, requireName, validateInput } from '../../common/validation';
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
    const { serverId, name } = validateInput({
      serverId: () => requireId('serverId', input.serverId),
      name: () => requireName('name', input.name),
    });
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
}
