/**
 * The order of fields, read from a zod schema: the canonical YAML writer puts keys in this order.
 * The result is plain JSON, so that the web editing desk can carry it without zod.
 */
import type { z } from 'astro/zod';

/** Field name → the order inside it (for an object, or a list of objects), in schema order. */
export interface FieldOrder {
  [field: string]: FieldOrder;
}

/** The object schema a value of `schema` is written as, seen through optional, default, list and union. */
function objectShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'object':
      return (def as z.core.$ZodObjectDef).shape;
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return objectShape((def as unknown as { innerType: z.core.$ZodType }).innerType);
    case 'pipe':
      return objectShape((def as z.core.$ZodPipeDef).in);
    case 'array':
      return objectShape((def as z.core.$ZodArrayDef).element);
    case 'union':
      for (const option of (def as z.core.$ZodUnionDef).options) {
        const shape = objectShape(option);
        if (shape) return shape;
      }
      return undefined;
    default:
      return undefined;
  }
}

export function fieldOrder(schema: z.core.$ZodType): FieldOrder {
  const shape = objectShape(schema) ?? {};
  return Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, fieldOrder(field)]));
}
