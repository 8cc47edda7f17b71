import { OutlineSchema } from './outline.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Named sub-schemas (TypeBox inlines a recursive type with its `$id` at every use)
 * moved once into `$defs`, with every reference pointing there.
 */
function hoistDefinitions(node: Json, defs: Record<string, Json>): Json {
  if (Array.isArray(node)) return node.map((n) => hoistDefinitions(n, defs));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(node)) if (k !== '$id') out[k] = k === '$ref' && typeof v === 'string' ? `#/$defs/${v}` : hoistDefinitions(v, defs);
  const id = node.$id;
  if (typeof id !== 'string') return out;
  defs[id] ??= out;
  return { $ref: `#/$defs/${id}` };
}

/** Fields with a default may be left out of a file: they are not required there. */
function relaxDefaults(node: Json): Json {
  if (Array.isArray(node)) return node.map(relaxDefaults);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(node)) out[k] = relaxDefaults(v);
  const props = out.properties;
  if (Array.isArray(out.required) && props && typeof props === 'object' && !Array.isArray(props)) {
    out.required = out.required.filter((name) => {
      const p = (props as Record<string, Json>)[name as string];
      return !(p && typeof p === 'object' && !Array.isArray(p) && 'default' in p);
    });
  }
  return out;
}

/** The outline's JSON Schema (draft 2020-12) as the text of outline.schema.json. */
export function outlineSchemaJson(): string {
  const defs: Record<string, Json> = {};
  const body = relaxDefaults(hoistDefinitions(JSON.parse(JSON.stringify(OutlineSchema)) as Json, defs)) as Record<string, Json>;
  const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...body, $defs: relaxDefaults(defs) };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
