import { main } from '../src/cli/extract';

process.exitCode = await main(process.argv.slice(2));
