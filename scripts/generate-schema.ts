// `npm run schema`: writes the JSON Schemas generated from the zod schema into public/schema/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, serialiseSchema } from '../src/model/json-schema.ts';

const dir = join(import.meta.dirname, '..', 'public', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), serialiseSchema(schema));
  console.log(`wrote public/schema/${name}`);
}
