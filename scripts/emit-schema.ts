import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchemaArtifacts } from '../subgraphs/common/federation/artifacts';
import { schemaDir } from '../subgraphs/common/paths';
import { SUBGRAPHS } from '../subgraphs/registry';

/**
 * `npm run schema`: writes schema/<subgraph>.graphql, schema/supergraph.graphql, the public API schema
 * schema/api.graphql and the field → permission map schema/permissions.json. Never touches schema/release/.
 */
async function main() {
  const { files, compositionErrors } = await buildSchemaArtifacts(SUBGRAPHS);
  if (compositionErrors.length) {
    console.error(`Composition failed:\n  ${compositionErrors.join('\n  ')}`);
    process.exit(1);
  }
  const dir = schemaDir();
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), content);
    console.log(`wrote schema/${name}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
