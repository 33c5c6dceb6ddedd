// Custom Elements Manifest: documents the public face only, and is the one source the framework
// types (scripts/framework-types.mjs) are generated from.
// - Lit's internal reactive state (fields starting with "_"), private and protected members and
//   the generic `emit(type)` helper are not part of the API.
// - Each event's `type` is its `detail` type, read from the declaration the compiler already
//   checks (events.ts: NewsTimelineEventDetails), so the manifest cannot drift from the code.
//   (A `@fires {Type} name` in the JSDoc wins when present.)
// - An attribute documented only in the class JSDoc (`@attr lang - …`) lends its text to the
//   property, and the other way round.

/**
 * Event name -> detail type text, from either declaration of the element's events:
 * `interface …EventDetails { 'nt-x': T }` or `interface GlobalEventHandlersEventMap { 'nt-x': CustomEvent<T> }`.
 */
const eventDetails = new Map();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/react/**'],
  litelement: true,
  // package.json names the manifest already; left alone, a run with --outdir would rewrite it.
  packagejson: false,
  plugins: [
    {
      name: 'event-detail-types',
      analyzePhase({ ts, node }) {
        if (!ts.isInterfaceDeclaration(node)) return;
        const isDetailMap = node.name.text.endsWith('EventDetails');
        if (!isDetailMap && node.name.text !== 'GlobalEventHandlersEventMap') return;
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
          const type = member.type;
          if (isDetailMap) eventDetails.set(member.name.text, type.getText());
          else if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'CustomEvent' && type.typeArguments?.length === 1) {
            eventDetails.set(member.name.text, type.typeArguments[0].getText());
          }
        }
      },
    },
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        const isPublic = (m) => !m.name.startsWith('_') && !m.name.startsWith('#') && !m.static && (m.privacy ?? 'public') === 'public';
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
            // An attribute and its property share one description, whichever carries it.
            for (const attribute of declaration.attributes ?? []) {
              const field = declaration.members?.find((m) => m.name === attribute.fieldName);
              if (!field) continue;
              attribute.description ??= field.description;
              field.description ??= attribute.description;
            }
            if (declaration.events) {
              declaration.events = declaration.events.filter((e) => e.name.startsWith('nt-'));
              for (const event of declaration.events) {
                const detail = eventDetails.get(event.name);
                if (!event.type && detail) event.type = { text: detail };
              }
            }
          }
        }
      },
    },
  ],
};
