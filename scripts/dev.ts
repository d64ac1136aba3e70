/**
 * npm run dev: the API (tsx watch, restarts on change) and Vite's dev server with hot reload, /api proxied.
 */
import { spawn } from 'node:child_process';

const env = { ...process.env, COOPGRAPH_SERVE_WEB: 'false' };
const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/main.ts'], { stdio: 'inherit', env }),
  spawn('npx', ['vite'], { stdio: 'inherit', env }),
];
const stop = () => children.forEach((child) => child.kill('SIGINT'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => (code ? (stop(), (process.exitCode = code)) : undefined));
