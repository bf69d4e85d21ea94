import { relaunchWithArenas } from '../src/cli/extract/malloc-arenas';

// A national run goes on in a child with fewer malloc arenas (src/cli/extract/malloc-arenas.ts),
// decided before the command's own modules are loaded, so that this waiting process stays small.
const relaunched = await relaunchWithArenas(process.argv.slice(2));
if (relaunched !== null) process.exitCode = relaunched;
else {
  const { main } = await import('../src/cli/extract/extract');
  process.exitCode = await main(process.argv.slice(2));
}
