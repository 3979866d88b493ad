// The Node API's TypeScript declarations, as one self-contained file (no import of the
// project's modules or of @types packages), for both entry points: dist/api.d.mts (import)
// and dist/api.d.cts (require). Run by `npm pack` (prepack), about 20 s.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDtsBundle } from 'dts-bundle-generator';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
// The consumer's compiler checks the result (the pack test compiles against it); no second check here.
const [declarations] = generateDtsBundle([{ filePath: join(ROOT, 'api', 'index.ts'), output: { noBanner: true, exportReferencedTypes: false } }], { preferredConfigPath: join(ROOT, 'tsconfig.json') });
if (/^import /m.test(declarations)) throw new Error('build-types: the API declarations import other modules; keep the public types self-contained');
mkdirSync(join(ROOT, 'dist'), { recursive: true });
const header = '// invitelint Node API: generated from api/index.ts by scripts/build-types.mjs.\n';
for (const file of ['api.d.mts', 'api.d.cts']) writeFileSync(join(ROOT, 'dist', file), header + declarations);
console.log('wrote dist/api.d.mts, dist/api.d.cts');
