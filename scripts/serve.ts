/** `npm run serve`: serves the static export in out/ (OUT_DIR) at http://localhost:3000 (PORT). */
import path from 'node:path';
import { startStaticServer } from './static-server';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
try {
  await startStaticServer(root, port);
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://localhost:${port}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
