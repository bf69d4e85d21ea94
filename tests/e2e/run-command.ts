import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Runs one of the project's commands (`scripts/<name>.ts`) as a user would, in one Node process
 * with `cwd` as its working folder; resolves with its output, rejects with it when it fails.
 */
export function runProjectCommand(cwd: string, name: string, args: readonly string[]): Promise<string> {
  const loader = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, path.resolve(`scripts/${name}.ts`), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`npm run ${name} exited ${code}:\n${output}`))));
  });
}
