#!/usr/bin/env node
// The `transit-map` command (package.json `bin`): runs the TypeScript CLI through tsx, so that
// it uses the app's own source, unbuilt. `transit-map --help` lists the options.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's shared compiler options (its JSX setting), wherever the command is run from:
// tsconfig.base.json, which names no files, so tsx applies it to every file (the root
// tsconfig.json names none of its own, and each environment's config only some).
register({ tsconfig: join(dirname(fileURLToPath(import.meta.url)), '..', 'tsconfig.base.json') });
await import('../scripts/cli.ts');
