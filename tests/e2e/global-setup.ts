import { existsSync } from 'node:fs';

/** The e2e suite tests the real data; without it every test would fail for the same reason. */
export default function globalSetup() {
  if (!existsSync('public/data/index.json')) {
    throw new Error('public/data/index.json is missing: run `npm run extract` before the end-to-end tests.');
  }
}
