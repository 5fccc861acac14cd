/**
 * The order of fields and their scalar defaults, read from a zod schema: the canonical YAML
 * writer puts keys in this order and leaves out values equal to their default (`kind: direct`),
 * as a person would. The result is plain JSON, so that the web editing desk can carry it without zod.
 */
import type { z } from 'astro/zod';

/** Field name → its default (when a plain value) and the order inside it (an object, or a list of objects), in schema order. */
export interface FieldOrder {
  [field: string]: { fields: FieldOrder; default?: string | number | boolean };
}

/** The object schema a value of `schema` is written as, seen through optional, default, list and union. */
function objectShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'object':
      return (def as unknown as z.core.$ZodObjectDef).shape;
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return objectShape((def as unknown as { innerType: z.core.$ZodType }).innerType);
    case 'pipe':
      return objectShape((def as unknown as z.core.$ZodPipeDef).in);
    case 'array':
      return objectShape((def as unknown as z.core.$ZodArrayDef).element);
    case 'union':
      for (const option of (def as unknown as z.core.$ZodUnionDef).options) {
        const shape = objectShape(option);
        if (shape) return shape;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The default of a field with `.default(value)`, when it is a plain value. */
function scalarDefault(schema: z.core.$ZodType): string | number | boolean | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  if (def.type !== 'default') return undefined;
  const value = (def as unknown as z.core.$ZodDefaultDef).defaultValue;
  return ['string', 'number', 'boolean'].includes(typeof value) ? (value as string | number | boolean) : undefined;
}

export function fieldOrder(schema: z.core.$ZodType): FieldOrder {
  const shape = objectShape(schema) ?? {};
  return Object.fromEntries(
    Object.entries(shape).map(([name, field]) => {
      const fallback = scalarDefault(field);
      return [name, { fields: fieldOrder(field), ...(fallback === undefined ? {} : { default: fallback }) }];
    }),
  );
}
