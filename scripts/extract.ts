import { main } from '../src/cli/extract/extract';

process.exitCode = await main(process.argv.slice(2));
