import path from 'node:path';
import { schemaDir } from '../../subgraphs/common/paths';
import {
  checkContract,
  formatReport,
  readAcceptedChanges,
  readSnapshot,
  type GateReport,
} from '../../scripts/schema-gate';

// The breaking-change gate (issue 12): the committed API schema and permission map against the last release's
// copies in schema/release/. Intended changes are recorded, with a reason, in schema/release/accepted-changes.json
// (see README, "The contract gate"). schema.contract.spec.ts proves the committed current files match the code.
const RELEASE = path.join(schemaDir(), 'release');

let report: GateReport;
beforeAll(async () => {
  report = await checkContract(
    readSnapshot(RELEASE),
    readSnapshot(schemaDir()),
    readAcceptedChanges(path.join(RELEASE, 'accepted-changes.json')),
  );
  // Every run lists what changed since the release, permissions included, for the reviewer.
  console.log(formatReport(report));
});

describe('API contract against the last release', () => {
  it('has no BREAKING change of the API schema that accepted-changes.json does not record', () => {
    expect(report.unacceptedBreaking.map((c) => `${c.type} ${c.path ?? ''}: ${c.message}`)).toEqual([]);
  });

  it('has no changed field permission that accepted-changes.json does not record', () => {
    expect(report.unacceptedPermissionChanges).toEqual([]);
  });

  it('gives every recorded change a reason', () => {
    expect(report.unexplained).toEqual([]);
  });
});
