import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (the folder with package.json), the same from sources under ts-jest and from dist/. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Where the committed schema files live. */
export const schemaDir = (): string => path.join(projectRoot(), 'schema');
