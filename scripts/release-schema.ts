import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BANNER, PERMISSIONS_NOTE } from '../subgraphs/common/federation/artifacts';
import { schemaDir } from '../subgraphs/common/paths';

/** The banner of the release copies: they are a snapshot, not generated output that must track the code. */
const releaseBanner = (date: string) =>
  `# Release baseline cut by \`npm run schema:release\` on ${date}; do not edit. The breaking-change gate diffs against it.\n`;

/**
 * `npm run schema:release`: makes the committed current API schema and permission map the new release baseline in
 * schema/release/, and empties accepted-changes.json (what it recorded is now part of the baseline). Run
 * `npm run schema` first so the current files match the code.
 */
function main() {
  const dir = schemaDir();
  const release = path.join(dir, 'release');
  mkdirSync(release, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const api = readFileSync(path.join(dir, 'api.graphql'), 'utf8');
  if (!api.startsWith(BANNER)) throw new Error('schema/api.graphql has no generated banner; run `npm run schema`');
  writeFileSync(path.join(release, 'api.graphql'), releaseBanner(date) + api.slice(BANNER.length));
  const permissions = JSON.parse(readFileSync(path.join(dir, 'permissions.json'), 'utf8')) as { generated: string };
  if (permissions.generated !== PERMISSIONS_NOTE) throw new Error('schema/permissions.json is not generated output');
  writeFileSync(
    path.join(release, 'permissions.json'),
    `${JSON.stringify({ ...permissions, generated: `Release baseline of ${date} (npm run schema:release)` }, null, 2)}\n`,
  );
  writeFileSync(
    path.join(release, 'accepted-changes.json'),
    `${JSON.stringify({ release: date, breaking: [], permissions: [] }, null, 2)}\n`,
  );
  console.log(`schema/release/ is now the baseline of ${date}; accepted-changes.json is empty`);
}

main();
