/**
 * Analytics worker under tsx
 * ==========================
 *
 * What the engine starts as its worker thread when the server runs from TypeScript (npm test, npm run dev).
 * On Node 20 a worker does not inherit tsx: `--import tsx` in its execArgv runs, but the hooks it registers do
 * not reach the worker's own modules ("Unknown file extension .ts"). So this real file registers tsx for its
 * thread, then imports the TypeScript worker. The compiled server (npm start) starts worker.js directly.
 */
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
