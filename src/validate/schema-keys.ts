import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

/** Peels optional/default/pipe/array wrappers to reach the schema that describes a value. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = current._zod.def as unknown as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** The field names an object schema accepts at `path` (list indices are stepped over). */
export function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const def = current._zod.def as unknown as { type: string; element?: AnySchema; shape?: Record<string, AnySchema> };
    if (def.type === 'array' && def.element) current = unwrap(def.element);
    else if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) current = unwrap(def.shape[key]);
    else return [];
    if (typeof key === 'number') continue;
  }
  const def = current._zod.def as unknown as { type: string; element?: AnySchema; shape?: Record<string, AnySchema> };
  if (def.type === 'array' && def.element) current = unwrap(def.element);
  const finalDef = current._zod.def as unknown as { shape?: Record<string, AnySchema> };
  return finalDef.shape ? Object.keys(finalDef.shape) : [];
}
