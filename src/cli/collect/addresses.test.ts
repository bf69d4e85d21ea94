import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { encodeGb18030 } from '../../../tests/fixtures/ingest/builders';
import { tempFolderPerTest } from '../../../tests/fixtures/temp-folder';
import { listEntries, parseAddress, readAddresses } from './addresses';
import { UsageError } from './store';

describe('addresses', () => {
  it('takes http(s) addresses, without their #fragment, and says why anything else is not one', () => {
    expect(parseAddress('https://www.example.gov.cn/a.html#top')).toEqual({ url: 'https://www.example.gov.cn/a.html' });
    expect(parseAddress('HTTP://WWW.Example.GOV.cn/政务/报告.html')).toEqual({
      url: 'http://www.example.gov.cn/%E6%94%BF%E5%8A%A1/%E6%8A%A5%E5%91%8A.html',
    });
    expect(parseAddress('ftp://files.example/a.pdf')).toEqual({ error: '"ftp://files.example/a.pdf" is not an http(s) address' });
    expect(parseAddress('javascript:alert(1)')).toEqual({ error: '"javascript:alert(1)" is not an http(s) address' });
    expect(parseAddress('www.example.gov.cn/a.html')).toEqual({
      error: '"www.example.gov.cn/a.html" has no scheme; write http://www.example.gov.cn/a.html or https://www.example.gov.cn/a.html',
    });
    expect(parseAddress('报告')).toEqual({ error: '"报告" is not a web address' });
    expect(parseAddress('http://')).toEqual({ error: '"http://" is not a valid web address' });
  });

  it('reads a list: one address a line, blank lines and # comments skipped, words after the address ignored', () => {
    expect(
      listEntries(
        '\uFEFF# 省内各区\r\nhttps://a.example.gov.cn/1.html  芙蓉区\n\n  http://b.example.gov.cn/2.html # 天心区\n#https://c.example.gov.cn/\n',
      ),
    ).toEqual([
      { line: 2, text: 'https://a.example.gov.cn/1.html' },
      { line: 4, text: 'http://b.example.gov.cn/2.html' },
    ]);
  });

  describe('readAddresses', () => {
    const work = tempFolderPerTest('fazhi-addresses-');

    it('mixes list files (any encoding) and addresses, each address once, with a line per bad entry', async () => {
      await writeFile(
        path.join(work(), 'gbk.txt'),
        encodeGb18030('# 区县名单\nhttp://a.example.gov.cn/1.html 芙蓉区\nwww.b.example.gov.cn\n'),
      );
      const list = await readAddresses(
        ['gbk.txt', 'http://a.example.gov.cn/1.html', 'https://c.example.gov.cn/3.html', 'www.d.example.gov.cn/4.html'],
        work(),
      );
      expect(list.addresses).toEqual(['http://a.example.gov.cn/1.html', 'https://c.example.gov.cn/3.html']);
      expect(list.duplicates).toBe(1);
      expect(list.errors).toEqual([
        'error gbk.txt:3: "www.b.example.gov.cn" has no scheme; write http://www.b.example.gov.cn or https://www.b.example.gov.cn',
        'error "www.d.example.gov.cn/4.html" has no scheme; write http://www.d.example.gov.cn/4.html or https://www.d.example.gov.cn/4.html',
      ]);
    });

    it('refuses a list it cannot read, as a usage error', async () => {
      await expect(readAddresses(['missing.txt'], work())).rejects.toThrow(
        new UsageError('missing.txt: no such file (give addresses, or a file listing them)'),
      );
      await writeFile(
        path.join(work(), 'binary.txt'),
        Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256),
      );
      await expect(readAddresses(['binary.txt'], work())).rejects.toThrow(/^binary\.txt is not text in a supported encoding/);
      await expect(readAddresses(['.'], work())).rejects.toThrow('. is not a file of addresses');
    });
  });
});
