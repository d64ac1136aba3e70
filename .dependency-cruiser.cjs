/**
 * dependency-cruiser: the architecture's walls, checked by `npm run lint`.
 *
 * core/ imports nothing of ours outside core/ and no node built-ins; web/ imports only web/ and core/;
 * server/ never imports web/, bench/, scripts/ or test/. No cycle between files, nor between folders.
 * Code that runs in the server (server/, core/) imports only packages declared in `dependencies`, and nothing
 * anywhere imports a package package.json does not declare.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-only-core',
      comment: 'core/ is shared by server and web: it may import packages, but nothing of ours outside core/.',
      severity: 'error',
      from: { path: '^core/' },
      to: { pathNot: ['^core/', 'node_modules/'] },
    },
    {
      name: 'core-no-node-builtins',
      comment: 'core/ runs in the browser too: no node:* modules (its tsconfig has no node types either).',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-imports-only-web-and-core',
      severity: 'error',
      from: { path: '^web/' },
      to: { pathNot: ['^web/', '^core/', 'node_modules/'] },
    },
    {
      name: 'web-no-node-builtins',
      severity: 'error',
      from: { path: '^web/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-not-to-web-bench-scripts-test',
      comment: 'The server is what runs in production: the explorer reaches it over HTTP, the rest are tools.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(web|bench|scripts|test)/' },
    },
    {
      name: 'no-file-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'server-runs-on-dependencies',
      comment: 'npm start runs server/ and core/ code: a package it imports at run time belongs in dependencies.',
      severity: 'error',
      // worker-tsx.mjs starts the worker under tsx (npm test, npm run dev) and is never loaded by npm start.
      from: { path: '^(server|core)/', pathNot: '^server/analytics/worker-tsx\\.mjs$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-undeclared-packages',
      comment: 'Every imported package is declared in package.json (not merely present through another one).',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
