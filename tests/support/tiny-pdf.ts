/**
 * Small PDFs written byte by byte, for tests that need what a printed PDF does not give: a page's
 * /Rotate, a trailer /ID or none, a chosen first kilobyte, link annotations. Text is set in the
 * standard Helvetica font (PDF.js brings its metrics), so it has a text layer like any typeset PDF.
 */
export interface TinyText {
  text: string;
  /** Baseline start in PDF units (points from the bottom-left corner of the page). */
  x: number;
  y: number;
  size?: number;
}

export interface TinyLink {
  /** [x1, y1, x2, y2] in PDF units. */
  rect: [number, number, number, number];
  /** An address (URI action), or a 1-based page of this file (GoTo action). */
  uri?: string;
  page?: number;
}

export interface TinyPage {
  texts: TinyText[];
  rotate?: 0 | 90 | 180 | 270;
  links?: TinyLink[];
  /** Default: US Letter, 612 × 792. */
  size?: [number, number];
}

export interface TinyPdfOptions {
  pages: TinyPage[];
  /** The trailer's /ID (both elements), 32 hex digits; none by default. */
  id?: string;
  /** A comment line right after the header, to give files a chosen first kilobyte. */
  headerComment?: string;
  title?: string;
}

const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

export function tinyPdf({ pages, id, headerComment, title }: TinyPdfOptions): Buffer {
  // Objects: 1 catalog, 2 page tree, 3 font, 4 info, then per page: the page, its content, its links.
  const objects: string[] = [];
  const pageIds: number[] = [];
  let next = 5;
  const plan = pages.map((page) => {
    const pageId = next++;
    const contentId = next++;
    const linkIds = (page.links ?? []).map(() => next++);
    pageIds.push(pageId);
    return { page, pageId, contentId, linkIds };
  });
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Producer (tiny-pdf)${title ? ` /Title (${escape(title)})` : ''} >>`;
  for (const { page, pageId, contentId, linkIds } of plan) {
    const [width, height] = page.size ?? [612, 792];
    const stream = page.texts.map((t) => `BT /F1 ${t.size ?? 14} Tf ${t.x} ${t.y} Td (${escape(t.text)}) Tj ET`).join('\n');
    objects[contentId] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
    const annots = linkIds.length > 0 ? ` /Annots [${linkIds.map((l) => `${l} 0 R`).join(' ')}]` : '';
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}]${page.rotate ? ` /Rotate ${page.rotate}` : ''} /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R${annots} >>`;
    (page.links ?? []).forEach((link, i) => {
      const action = link.uri !== undefined ? `/A << /S /URI /URI (${escape(link.uri)}) >>` : `/Dest [${pageIds[(link.page ?? 1) - 1]} 0 R /XYZ null null null]`;
      objects[linkIds[i]!] = `<< /Type /Annot /Subtype /Link /Rect [${link.rect.join(' ')}] /Border [0 0 0] ${action} >>`;
    });
  }
  let body = `%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n${headerComment ? `%${headerComment}\n` : ''}`;
  const offsets: number[] = [];
  for (let n = 1; n < next; n += 1) {
    offsets[n] = Buffer.byteLength(body, 'latin1');
    body += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${next}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${next} /Root 1 0 R /Info 4 0 R${id ? ` /ID [<${id}> <${id}>]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
