import { main } from '../src/cli/collect';

process.exitCode = await main(process.argv.slice(2));
