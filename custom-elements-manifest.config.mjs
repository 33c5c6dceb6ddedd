// Custom Elements Manifest: documents the public face only. Lit's internal reactive state
// (fields starting with "_") and the generic `emit(type)` helper are not part of the API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
            if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith('_'));
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name.startsWith('nt-'));
          }
        }
      },
    },
  ],
};
