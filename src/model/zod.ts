// zod's JIT compiles validators with `new Function`, which a strict Content-Security-Policy
// forbids. Every module that builds schemas imports `z` from here so that the switch is
// always thrown before the first schema exists.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
