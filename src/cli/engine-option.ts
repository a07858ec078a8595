/** `--engine pdfjs|pdfium` for the commands that read PDFs. */
import { Option } from 'commander';
import { DEFAULT_ENGINE, ENGINE_NAMES } from '../extract/engine.js';

export function engineOption(): Option {
  return new Option('--engine <engine>', 'the PDF text engine: pdf.js, or PDFium (WebAssembly; what it cannot read is read with pdf.js)')
    .choices(ENGINE_NAMES)
    .default(DEFAULT_ENGINE);
}
