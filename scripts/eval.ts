import { main } from '../src/cli/eval';

process.exitCode = await main(process.argv.slice(2));
