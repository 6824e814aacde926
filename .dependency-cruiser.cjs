/**
 * The import rules the lint step enforces (`npm run lint`). They keep the layering that docs/architecture.md
 * describes: the pages and components sit on top of lib/, lib/ never reaches up into them, and nothing goes round
 * in a circle (a cycle makes module start-up order matter, and it hides which module owns a concept).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules that import each other, directly or through others: move what both need into a third.",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-not-to-ui",
      severity: "error",
      comment: "lib/ holds data and rules; it must not depend on the screens (app/) or on React components.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components-not-to-app",
      severity: "error",
      comment: "Shared components serve every audience's pages; they must not import one page's code.",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "not-to-tests",
      severity: "error",
      comment: "Production code must not import test helpers.",
      from: { pathNot: "^(tests|scripts)/" },
      to: { path: "^tests/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/generated|node_modules|\\.next)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".mts", ".d.ts"],
    },
  },
};
