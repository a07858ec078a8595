// The item's page(s) of its PDF, drawn by pdf.js (served with minutes, from
// pdfjs-dist), beside the item's text. The file comes from /file/ID: the
// server finds it by the meeting's id in the database.
import * as pdfjs from '/vendor/pdfjs/pdf.mjs';

const MAX_PAGES = 6;
const view = document.getElementById('pdf-view');
if (view) {
  pdfjs.GlobalWorkerOptions.workerSrc = '/vendor/pdfjs/pdf.worker.mjs';
  const status = view.querySelector('.pdf-status');
  const first = Number(view.dataset.first) || 1;
  const last = Math.max(first, Number(view.dataset.last) || first);
  try {
    const doc = await pdfjs.getDocument({
      url: view.dataset.src,
      isEvalSupported: false,
      disableRange: true,
      disableStream: true,
      standardFontDataUrl: '/vendor/pdfjs/standard_fonts/',
    }).promise;
    const end = Math.min(last, first + MAX_PAGES - 1, doc.numPages);
    for (let n = first; n <= end; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1.5 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.className = 'pdf-page';
      canvas.dataset.page = String(n);
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `page ${n}`);
      view.append(canvas);
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    }
    if (end < last) status.textContent += ` The first ${MAX_PAGES} pages are shown.`;
    view.dataset.rendered = String(end - first + 1);
  } catch (err) {
    status.textContent = `The PDF could not be drawn (${err && err.message ? err.message : err}).`;
    view.dataset.error = 'true';
  }
}
