import { describe, expect, it } from 'vitest';

import { encodeGb18030 } from '../../tests/fixtures/ingest/builders';
import { articleText, collapseSpace, declaredCharset, decodeHtml, readHtml } from './html';

const BODY = '2020年，全区受理行政复议案件46件，办结49件，行政机关负责人出庭应诉率100%。';

function page(body: string, head = '<meta charset="utf-8">'): string {
  return `<!DOCTYPE html><html><head>${head}<title>某区2020年度法治政府建设情况的报告_某区人民政府</title></head><body>${body}</body></html>`;
}

describe('charset', () => {
  it('reads <meta charset> and the http-equiv form, as written', () => {
    expect(declaredCharset(new TextEncoder().encode('<head><meta charset="GBK"></head>'))).toBe('GBK');
    expect(declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe(
      'gb2312',
    );
    expect(declaredCharset(new TextEncoder().encode('<p>no declaration</p>'))).toBe(null);
  });

  it('decodes a GB2312-declared page as GB18030, and says where the charset came from', () => {
    const bytes = encodeGb18030(page(`<p>${BODY}</p>`, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'));
    const decoded = decodeHtml(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.notes).toEqual(['meta charset gb2312']);
    expect(decoded.html).toContain(BODY);
  });

  it("takes the server's charset first when it decodes, then the page's own, then detection", () => {
    const gbk = encodeGb18030(page(`<p>${BODY}</p>`, ''));
    expect(decodeHtml(gbk, 'GBK')).toMatchObject({ encoding: 'gb18030', notes: ['header charset GBK'] });
    expect(decodeHtml(gbk, 'GBK').html).toContain(BODY);
    // A server that says utf-8 for a GBK page is wrong; strict decoding shows it and detection takes over.
    expect(decodeHtml(gbk, 'utf-8')).toMatchObject({ encoding: 'gb18030', notes: ['detected', 'the server said utf-8'] });
    expect(decodeHtml(gbk, 'x-unknown-label')).toMatchObject({ encoding: 'gb18030', notes: ['detected', 'no charset declared'] });
    const utf8 = new TextEncoder().encode(page(`<p>${BODY}</p>`));
    expect(decodeHtml(utf8, null)).toMatchObject({ encoding: 'utf-8', notes: ['meta charset utf-8'] });
  });

  it('detects the encoding when the declaration is wrong, and says the page declared another', () => {
    const bytes = encodeGb18030(page(`<p>${BODY}</p>`, '<meta charset="utf-8">'));
    const decoded = decodeHtml(bytes);
    expect(decoded).toMatchObject({ encoding: 'gb18030', notes: ['detected', 'the page declares utf-8'] });
    expect(decoded.html).toContain(BODY);
  });
});

describe('article text', () => {
  it('keeps the article and drops navigation, footer, scripts, styles and hidden spam', () => {
    const html = page(`
      <nav><a href="/">首页</a><a href="/a">法治政府建设专栏</a></nav>
      <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/b">政务公开</a></div>
      <div class="article">
        <h1>某区2020年度法治政府建设情况的报告</h1>
        <div class="info">发布时间：2021-03-11 来源：某区司法局</div>
        <div class="content">
          <p>一、主要工作成效</p>
          <p>${BODY}</p>
          <script>document.write('法治政府建设 报告 46件')</script>
          <style>p { color: red }</style>
          <span style="display: none">澳门皇冠娱乐城</span>
          <table><tr><td>受理</td><td>46件</td></tr></table>
        </div>
      </div>
      <div class="footer">版权所有 某区人民政府</div>
      <footer>技术支持 某公司</footer>`);
    expect(articleText(html).split('\n')).toEqual([
      '某区2020年度法治政府建设情况的报告',
      '发布时间：2021-03-11 来源：某区司法局',
      '一、主要工作成效',
      BODY,
      '受理 46件',
    ]);
  });

  it('puts a heading and date lines from outside the article first, in page order', () => {
    const html = page(`
      <div class="banner"><h1>某区2020年度法治政府建设情况的报告</h1><p>发布日期：2021-03-11</p><p>字号：大 中 小</p></div>
      <ul class="list"><li><a href="/1">其他文章一</a></li><li><a href="/2">其他文章二</a></li></ul>
      <div id="zoom"><p>${BODY}</p><p>${BODY}</p></div>`);
    expect(articleText(html).split('\n')).toEqual(['某区2020年度法治政府建设情况的报告', '发布日期：2021-03-11', '', BODY, BODY]);
  });

  it('uses <title>, without the site name, when the page has no heading', () => {
    expect(articleText(page(`<div><p>${BODY}</p></div>`)).split('\n')[0]).toBe('某区2020年度法治政府建设情况的报告');
  });

  it('prefers the article with prose over a longer block of links', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/${i}">法治政府建设工作动态第${i}期</a></li>`).join('');
    const text = articleText(page(`<ul>${links}</ul><div class="text"><p>${BODY}</p></div>`));
    expect(text).toContain(BODY);
    expect(text).not.toContain('工作动态');
  });

  it('keeps block boundaries as line breaks and joins source line breaks between Chinese characters', () => {
    expect(articleText(page('<div>第一段<br>第二段<p>第三\n      段，含 ASCII\n words</p></div>')).split('\n').slice(-3)).toEqual([
      '第一段',
      '第二段',
      '第三段，含 ASCII words',
    ]);
    expect(collapseSpace('  法治\n  政府 建设  ')).toBe('法治政府 建设');
  });

  it('drops script elements but keeps markup written as text, as text (no HTML survives as markup)', () => {
    const html = page(
      `<div><p>${BODY}</p><p>示例：&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</p><script>alert(3)</script><img src=x onerror="alert(4)"></div>`,
    );
    const text = articleText(html);
    expect(text).toContain('示例：<script>alert(1)</script> <img src=x onerror=alert(2)>');
    expect(text).not.toContain('alert(3)');
    expect(text).not.toContain('alert(4)');
  });

  it('reads the address a page declares for itself: canonical link first, then og:url, absolute http(s) only', () => {
    const read = (head: string) => readHtml(new TextEncoder().encode(page(`<p>${BODY}</p>`, `<meta charset="utf-8">${head}`))).declaredUrl;
    expect(
      read(
        '<meta property="og:url" content="https://m.example.gov.cn/b.html"><link rel="alternate canonical" href="http://www.example.gov.cn/a.html">',
      ),
    ).toBe('http://www.example.gov.cn/a.html');
    expect(read('<meta property="og:url" content=" https://m.example.gov.cn/b.html ">')).toBe('https://m.example.gov.cn/b.html');
    expect(
      read('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://m.example.gov.cn/b.html">'),
    ).toBe('https://m.example.gov.cn/b.html');
    expect(read('<link rel="canonical" href="/a.html">')).toBeNull();
    expect(read('')).toBeNull();
  });

  it('says when a page has no article text', () => {
    expect(() => readHtml(new TextEncoder().encode('<html><body><script>var a = "法治";</script></body></html>'))).toThrow(
      'is a web page without article text',
    );
  });
});
