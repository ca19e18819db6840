/**
 * `cem analyze` settings: the public surface of the widgets from their JSDoc. Lit's internal
 * reactive state (`state: true` in `static properties`) and private fields are not API.
 */
const internalState = new Set();

/** Collects the names declared with `state: true` in any `static properties = { … }`. */
function litInternalState() {
  return {
    name: 'lit-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || node.name.getText() !== 'properties') return;
      const initializer = node.initializer;
      if (!initializer || !ts.isObjectLiteralExpression(initializer)) return;
      for (const property of initializer.properties) {
        if (ts.isPropertyAssignment(property) && /\bstate:\s*true\b/.test(property.initializer.getText())) {
          internalState.add(property.name.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.attributes = declaration.attributes?.filter((attribute) => !internalState.has(attribute.name));
          declaration.members = declaration.members?.filter(
            (member) => !internalState.has(member.name) && member.privacy !== 'private' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/px-element.ts', 'src/elements/**/px-*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [litInternalState()],
};
