import { describe, expect, it } from 'vitest';

import { attachmentExtension, attachmentLinks, distinctLinks, pageLinks } from './links';

const PAGE = 'http://www.example.gov.cn/zwgk/fzzf/202403/t20240301_1.html';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe('pageLinks', () => {
  it('resolves every link against the page (or its <base>), with its words and title, in page order', () => {
    const links = pageLinks(
      page(`
        <a href="../202402/t20240228_9.html" title="关于2023年度法治政府建设情况的报告">关于2023年度法治政府建设…</a>
        <a href="/">首页</a>
        <a href="javascript:void(0)">打印</a><a href="mailto:a@example.gov.cn">信箱</a><a href="#top">顶部</a>
        <a href="https://other.example.gov.cn/a.html#p2">
          外站
          链接
        </a>`),
      PAGE,
    );
    expect(links).toEqual([
      {
        url: 'http://www.example.gov.cn/zwgk/fzzf/202402/t20240228_9.html',
        text: '关于2023年度法治政府建设…',
        title: '关于2023年度法治政府建设情况的报告',
      },
      { url: 'http://www.example.gov.cn/', text: '首页', title: '' },
      { url: 'https://other.example.gov.cn/a.html', text: '外站 链接', title: '' },
    ]);
    const based = pageLinks(page('<a href="files/r.pdf">附件</a>', '<base href="http://files.example.gov.cn/up/">'), PAGE);
    expect(based.map((link) => link.url)).toEqual(['http://files.example.gov.cn/up/files/r.pdf']);
  });

  it("takes embedded documents and the file a PDF viewer shows, but not a download script's id", () => {
    const links = pageLinks(
      page(`
        <iframe src="/pdfjs/web/viewer.html?file=%2Fupload%2F2024%2Freport.pdf"></iframe>
        <embed src="/upload/b.pdf"><object data="/upload/c.pdf"></object>
        <a href="/download.jsp?file=123">2023年法治政府建设年度报告.docx</a>`),
      PAGE,
    );
    expect(links.map((link) => link.url)).toEqual([
      'http://www.example.gov.cn/upload/2024/report.pdf',
      'http://www.example.gov.cn/upload/b.pdf',
      'http://www.example.gov.cn/upload/c.pdf',
      'http://www.example.gov.cn/download.jsp?file=123',
    ]);
  });
});

describe('attachments', () => {
  it('are links whose address or words end in .pdf .docx .doc .wps or .txt, each once', () => {
    const links = pageLinks(
      page(`
        <a href="/up/A.PDF">附件1</a>
        <a href="/down?id=7">附件2：报告.wps</a>
        <a href="/down?id=8" title="报告.doc">附件3</a>
        <a href="/up/A.PDF">再次下载</a>
        <a href="/up/notes.txt">说明</a>
        <a href="/zwgk/index.html">返回</a>
        <a href="/up/photo.jpg">图片</a>
        <a href="/up/tables.xlsx">统计表</a>`),
      PAGE,
    );
    const found = attachmentLinks(links);
    expect(found.map((link) => [new URL(link.url).pathname + new URL(link.url).search, attachmentExtension(link)])).toEqual([
      ['/up/A.PDF', '.pdf'],
      ['/down?id=7', '.wps'],
      ['/down?id=8', '.doc'],
      ['/up/notes.txt', '.txt'],
    ]);
    expect(distinctLinks(links)).toHaveLength(links.length - 1);
  });
});
