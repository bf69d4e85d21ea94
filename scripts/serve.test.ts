import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { whyNotADataset } from './serve';
import { fileUnder, serveSite } from './static-server';

describe('npm run serve', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'serve-'));
    await mkdir(path.join(dir, 'mydata/shards'), { recursive: true });
    await writeFile(path.join(dir, 'mydata/shards/manifest.json'), '{}');
    await mkdir(path.join(dir, 'old/compact'), { recursive: true });
    await writeFile(path.join(dir, 'old/index.json'), '{}');
    await mkdir(path.join(dir, 'reports'));
    await writeFile(path.join(dir, 'reports/a.txt'), '报告');
    await mkdir(path.join(dir, 'site'));
    await writeFile(path.join(dir, 'site/index.html'), '<!doctype html><title>site</title>');
    await writeFile(path.join(dir, 'secret.txt'), 'not served');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves a folder extract wrote, of any layout, and says what to do with anything else', async () => {
    expect(await whyNotADataset(path.join(dir, 'mydata'))).toBeNull();
    expect(await whyNotADataset(path.join(dir, 'old'))).toBeNull();
    expect(await whyNotADataset(path.join(dir, 'reports'))).toMatch(/holds no dataset .*npm run extract -- <reports> --out/);
    expect(await whyNotADataset(path.join(dir, 'missing'))).toMatch(/does not exist: extract your reports into it first/);
    expect(await whyNotADataset(path.join(dir, 'reports/a.txt'))).toMatch(/is a file, not a data folder/);
  });

  it('answers /data/ from the data folder and nothing outside the two folders', async () => {
    expect(fileUnder('/srv/data', 'shards/manifest.json')).toBe(path.resolve('/srv/data/shards/manifest.json'));
    expect(fileUnder('/srv/data', '../secret.txt')).toBeNull();
    expect(fileUnder('/srv/data', '/../../etc/passwd')).toBeNull();
    const site = await serveSite(path.join(dir, 'site'), path.join(dir, 'mydata'));
    try {
      expect((await fetch(`${site.url}data/shards/manifest.json`)).status).toBe(200);
      expect(await (await fetch(site.url)).text()).toContain('<title>site</title>');
      // A client that does not normalise the path (curl --path-as-is) must not reach beside the folders.
      const escaped = await new Promise<number>((resolve, reject) => {
        const request = http.get(`${site.url}data/..%2f..%2fsecret.txt`, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
      });
      expect(escaped).toBe(404);
    } finally {
      await site.close();
    }
  });
});
