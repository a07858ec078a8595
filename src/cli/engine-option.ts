/** `--engine pdfjs|pdfium` for the commands that read PDFs. */
import { Option } from 'commander';
import { DEFAULT_ENGINE, ENGINE_NAMES } from '../extract/engine.js';

export function engineOption(): Option {
  return new Option('--engine <engine>', 'the PDF text engine: PDFium (WebAssembly; what it cannot read, or reads in doubt, pdf.js reads too) or pdf.js')
    .choices(ENGINE_NAMES)
    .default(DEFAULT_ENGINE);
}
