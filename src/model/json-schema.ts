// JSON Schemas for editors, generated from the zod schema (the one source of truth).
import { z } from './zod.ts';
import { Requirements, Solution, TransitMap } from './schema.ts';

const BASE = 'https://github.com/mlops-transit-map/schema';

function generate(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return { ...json, $id: `${BASE}/${id}`, title };
}

/** File name in public/schema/ -> schema. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    'map.schema.json': generate(TransitMap, 'map.schema.json', 'MLOps transit map'),
    'solution.schema.json': generate(
      Solution,
      'solution.schema.json',
      'MLOps transit map solution',
    ),
    'requirements.schema.json': generate(
      Requirements,
      'requirements.schema.json',
      'MLOps transit map requirements',
    ),
    'transit-map.schema.json': generate(
      z.union([TransitMap, Solution, Requirements]),
      'transit-map.schema.json',
      'MLOps transit map: a map, a solution or requirements',
    ),
  };
}

export const serialiseSchema = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;
