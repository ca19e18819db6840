/**
 * The gateway's import rules (docs/decisions/0014-feature-surfaces.md), run by `pnpm check` on
 * gateway/src and by boundary-rules.test.ts on a fixture. A feature is a folder right under the
 * source root; its surface is its index.ts; common and database are the kernel, open to all.
 */
function boundaryRules(root) {
  const source = `^${root}/`;
  const kernel = `${source}(common|database)/`;
  const surface = `${source}[^/]+/index\\.ts$`;

  return {
    forbidden: [
      {
        name: 'no-deep-import-across-features',
        comment: 'Reach another folder through its index.ts; only the kernel (common, database) is open.',
        severity: 'error',
        from: { path: `${source}([^/]+)/`, pathNot: `${source}demo/` },
        to: { path: source, pathNot: [`${source}$1/`, kernel, surface] },
      },
      {
        name: 'demo-seeds-through-surfaces-and-entities',
        comment: 'The demo seeds every table, so it may name entities; everything else through surfaces.',
        severity: 'error',
        from: { path: `${source}demo/` },
        to: { path: source, pathNot: [`${source}demo/`, kernel, surface, '\\.entity\\.ts$'] },
      },
      {
        name: 'composition-root-through-surfaces',
        comment:
          'main.ts and migrate.ts start the features through their surfaces; data-source.ts registers the entities.',
        severity: 'error',
        from: { path: `${source}[^/]+\\.ts$`, pathNot: `${source}data-source\\.ts$` },
        to: { path: `${source}[^/]+/`, pathNot: [kernel, surface] },
      },
      {
        name: 'kernel-imports-no-feature',
        comment: 'common and database are below every feature.',
        severity: 'error',
        from: { path: kernel },
        to: { path: source, pathNot: kernel },
      },
      {
        name: 'no-folder-cycle',
        comment: 'Folders depend in one direction (the README lists it).',
        severity: 'error',
        scope: 'folder',
        from: { path: source },
        to: { circular: true },
      },
    ],
    options: {
      doNotFollow: { path: 'node_modules' },
      exclude: { path: ['node_modules', '\\.d\\.ts$', '\\.test\\.ts$', '^gateway/test-support/'] },
      tsConfig: { fileName: 'gateway/tsconfig.json' },
      tsPreCompilationDeps: true,
      enhancedResolveOptions: { extensions: ['.ts', '.js'] },
    },
  };
}

module.exports = { boundaryRules };
