// @actions/workflow-parser imports its JSON schemas without `with { type: "json" }`, which Node 22+
// accepts and Node 20 refuses (ERR_IMPORT_ASSERTION_TYPE_MISSING). This loader hook adds the
// attribute to every .json import, so GitHub's own parser runs unpatched on Node 20.
export async function load(url, context, nextLoad) {
  if (url.endsWith('.json')) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return nextLoad(url, context);
}
