/**
 * Jest-only: Hive Router's runtime loads its native query planner with `await import(name)` even from its CommonJS
 * build, and Jest's sandbox refuses dynamic import without --experimental-vm-modules. Under Jest (only) that one
 * call becomes `require(name)`, which the planner's CommonJS build answers; production runs the package untouched.
 * The OTLP exporter's transport loads `http`/`https` the same way (`import('http')`): under Jest, a resolved require.
 */
// Jest loads transformers as CommonJS, hence require().
const crypto = require('node:crypto');

module.exports = {
  process(source) {
    return {
      code: source
        .replace(/await import\((\w+)\)/g, 'require($1)')
        .replace(/\bimport\('(https?)'\)/g, "Promise.resolve(require('$1'))"),
    };
  },
  getCacheKey(source) {
    return crypto.createHash('sha1').update('dynamic-import-v2').update(source).digest('hex');
  },
};
