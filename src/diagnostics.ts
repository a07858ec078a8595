/**
 * Diagnostics are values: a severity, a stable code, a message and a place.
 * Stages collect them; nothing in the pipeline prints.
 */
import type { Diagnostic, Severity } from './schema.js';

export interface Place {
  page?: number | null;
  line?: number | null;
}

export function diagnostic(severity: Severity, code: string, message: string, place: Place = {}): Diagnostic {
  return { severity, code, message, page: place.page ?? null, line: place.line ?? null };
}

/** A collector passed through the stages of one document. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  add(severity: Severity, code: string, message: string, place: Place = {}): void {
    this.items.push(diagnostic(severity, code, message, place));
  }
  info(code: string, message: string, place?: Place): void {
    this.add('info', code, message, place);
  }
  warn(code: string, message: string, place?: Place): void {
    this.add('warning', code, message, place);
  }
  error(code: string, message: string, place?: Place): void {
    this.add('error', code, message, place);
  }
}

/** Codes of problems that stop a file from being parsed at all. */
export type FailureCode =
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'corrupt-pdf'
  | 'encrypted-pdf'
  | 'no-text-layer'
  | 'corrupt-docx'
  | 'encrypted-docx'
  | 'old-word-format'
  | 'not-word'
  | 'not-minutes'
  | 'timeout'
  | 'internal';

/** A fatal problem with one input file: the file could not become a meeting document. */
export class FileFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly hint: string | null = null,
  ) {
    super(message);
    this.name = 'FileFailure';
  }
}

/** Formats a diagnostic as `file:page:line: severity message [code]`. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = [file, d.page != null ? `p${d.page}` : null, d.line != null ? `l${d.line}` : null]
    .filter(Boolean)
    .join(':');
  return `${where}: ${d.severity} ${d.message} [${d.code}]`;
}
