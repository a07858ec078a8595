/** Serialising documents for stdout: JSON or YAML, chosen by --format. */
import { toYaml } from '../util/yaml.js';

export const DOCUMENT_FORMATS = ['json', 'yaml'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export function serialize(value: unknown, format: DocumentFormat): string {
  if (format === 'yaml') return toYaml(value);
  return JSON.stringify(value, null, 2) + '\n';
}
