// The rich-text sanitiser: what an editor may keep (headings, lists, links, captioned images, tables) and
// what never reaches a reader (scripts, handlers, styles, frames, SVG/MathML, dangerous URLs however
// disguised).
import { describe, expect, it } from "vitest";
import { htmlToText, sanitizeRichText } from "@/lib/content/sanitize";

const MEDIA = "/media/123e4567-e89b-42d3-a456-426614174000";

describe("sanitizeRichText removes", () => {
  it("<script> elements with their content, wherever they are", () => {
    const out = sanitizeRichText('<p>Trước</p><script>alert("xss")</script><p>Sau<script src="https://evil.example/x.js"></script></p>');
    expect(out).toBe("<p>Trước</p><p>Sau</p>");
    expect(out).not.toMatch(/script|alert/i);
  });

  it("event handlers on every element", () => {
    const out = sanitizeRichText(
      `<p onclick="steal()">a</p><img src="${MEDIA}" alt="x" onerror="steal()" onload="steal()"><a href="/x" onmouseover="steal()">l</a><table onmouseenter="x()"><tr><td onfocus="x()">1</td></tr></table>`,
    );
    expect(out).not.toMatch(/\bon[a-z]+\s*=/i);
    expect(out).not.toContain("steal");
    expect(out).toContain(`<img src="${MEDIA}" alt="x"`);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "jav&#x61;script:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "java&#9;script:alert(1)",
    "java\nscript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  ])("the link address %s", (href) => {
    const out = sanitizeRichText(`<a href="${href}">bấm vào đây</a>`);
    expect(out).toBe("<a>bấm vào đây</a>");
  });

  it.each([
    "javascript:alert(1)",
    "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
    "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
    "//evil.example/a.png",
    "vbscript:x",
    // Tracking pixels and hot-linked photos: images come only from the portal's own library.
    "https://tracker.example/pixel.gif?u=123",
    "http://example.vn/anh.jpg",
    "HTTPS://EVIL.EXAMPLE/x.png",
    "&#104;ttps://evil.example/x.png",
    `https://evil.example${MEDIA}`,
    // Our own site, but not a library image.
    "/admin/users",
    "/api/health",
    `${MEDIA}/../../admin`,
    `${MEDIA}?next=/admin`,
    "/media/not-a-uuid",
    "",
  ])("images whose address is %s", (src) => {
    expect(sanitizeRichText(`<p>a<img src="${src}" alt="x">b</p>`)).toBe("<p>ab</p>");
  });

  it("an external image inside a figure: the image goes, the caption stays as text", () => {
    const out = sanitizeRichText('<figure><img src="https://tracker.example/p.gif" alt="x"><figcaption>Chú thích</figcaption></figure>');
    expect(out).not.toMatch(/<img|tracker/);
    expect(out).toContain("Chú thích");
  });

  it("srcset, which could load another address than src", () => {
    const out = sanitizeRichText(`<img src="${MEDIA}" srcset="https://evil.example/x.png 2x" alt="x">`);
    expect(out).toBe(`<img src="${MEDIA}" alt="x" loading="lazy" />`);
  });

  it("<style> elements and style attributes", () => {
    const out = sanitizeRichText('<style>body{display:none}</style><p style="position:fixed;inset:0">chữ</p>');
    expect(out).toBe("<p>chữ</p>");
  });

  it("<iframe>, <object>, <embed> and forms", () => {
    const out = sanitizeRichText(
      '<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x"><form action="https://evil.example"><input name="p"><button>Gửi</button></form><p>ok</p>',
    );
    expect(out).not.toMatch(/iframe|object|embed|form|input|button/i);
    expect(out).toContain("<p>ok</p>");
  });

  it("<svg> and <math> payloads, subtree and all", () => {
    const out = sanitizeRichText(
      '<svg onload="alert(1)"><a href="https://evil.example"><text>bấm</text></a><script>alert(1)</script></svg>' +
        '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>còn lại</p>',
    );
    expect(out).toBe("<p>còn lại</p>");
  });

  it("ids and classes (no clobbering of page globals, no borrowed styling)", () => {
    expect(sanitizeRichText('<p id="location" class="admin">a</p>')).toBe("<p>a</p>");
  });
});

describe("sanitizeRichText keeps", () => {
  it("headings h2–h4, and maps h1/h5/h6 into that range", () => {
    expect(sanitizeRichText("<h2>Kết quả</h2><h3>Chỉ tiêu</h3><h4>Chi tiết</h4>")).toBe("<h2>Kết quả</h2><h3>Chỉ tiêu</h3><h4>Chi tiết</h4>");
    expect(sanitizeRichText("<h1>A</h1><h5>B</h5><h6>C</h6>")).toBe("<h2>A</h2><h4>B</h4><h4>C</h4>");
  });

  it("ordered and unordered lists", () => {
    const html = '<ul><li>Báo chí</li><li>Xuất bản</li></ul><ol start="3"><li>Bưu chính</li></ol>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it("links to http(s), mailto, tel and relative addresses", () => {
    const html =
      '<a href="https://mic.gov.vn/">Bộ TT&amp;TT</a> <a href="http://example.vn/a?b=1&amp;c=2">b</a> <a href="mailto:sotttt@nghean.gov.vn">e</a> <a href="tel:+842383598888">t</a> <a href="/news/bai-viet">r</a> <a href="#muc-2">m</a>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it("target=_blank links, with rel=noopener noreferrer added", () => {
    expect(sanitizeRichText('<a href="https://mic.gov.vn/" target="_blank">x</a>')).toBe(
      '<a href="https://mic.gov.vn/" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeRichText('<a href="https://mic.gov.vn/" target="_blank" rel="opener">x</a>')).toContain('rel="noopener noreferrer"');
    expect(sanitizeRichText('<a href="/x" target="_top" rel="opener nofollow">x</a>')).toBe('<a href="/x" rel="nofollow">x</a>');
  });

  it("library images, whatever the case of the id or spaces around the address", () => {
    expect(sanitizeRichText(`<img src=" ${MEDIA.toUpperCase().replace("/MEDIA/", "/media/")} " alt="x">`)).toBe(
      `<img src="${MEDIA.toUpperCase().replace("/MEDIA/", "/media/")}" alt="x" loading="lazy" />`,
    );
  });

  it("images with captions: <figure>, relative /media/ <img> with alt and size, <figcaption>", () => {
    const out = sanitizeRichText(
      `<figure><img src="${MEDIA}" alt="Phó Chủ tịch UBND tỉnh phát biểu" width="800" height="450"><figcaption>Đồng chí Huỳnh Thanh Điền phát biểu chỉ đạo</figcaption></figure>`,
    );
    expect(out).toBe(
      `<figure><img src="${MEDIA}" alt="Phó Chủ tịch UBND tỉnh phát biểu" width="800" height="450" loading="lazy" /><figcaption>Đồng chí Huỳnh Thanh Điền phát biểu chỉ đạo</figcaption></figure>`,
    );
  });

  it("tables with caption, thead/th and tbody/td", () => {
    const html =
      '<table><caption>Kết quả năm 2013</caption><thead><tr><th scope="col">Chỉ tiêu</th><th scope="col">Giá trị</th></tr></thead><tbody><tr><td>Trạm BTS</td><td>3.670</td></tr><tr><td colspan="2">Nguồn: Sở TTTT</td></tr></tbody></table>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it("Vietnamese text and inline emphasis unchanged; text that looks like markup stays text", () => {
    expect(sanitizeRichText("<p><strong>Nghệ An</strong>: <em>đạt 102 %</em> kế hoạch</p>")).toBe("<p><strong>Nghệ An</strong>: <em>đạt 102 %</em> kế hoạch</p>");
    expect(sanitizeRichText("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>")).toBe("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>");
  });
});

describe("htmlToText", () => {
  it("gives the words, one block per line, without markup", () => {
    expect(htmlToText("<h2>Tiêu đề</h2><p>Đoạn &amp; chữ</p><script>x()</script>")).toBe("Tiêu đề\nĐoạn & chữ");
  });
});
