/**
 * YAML that reads back as written, whatever the reader. The `yaml` package
 * writes YAML 1.2, where `12:30`, `2019-09-05`, `yes` and `on` are strings; a
 * YAML 1.1 reader (PyYAML, Ruby's Psych, many config loaders) reads them as the
 * number 750, a date and booleans. Every string that a 1.1 or a 1.2 reader
 * would resolve to another type is therefore quoted.
 */
import { Schema, stringify, type ScalarTag } from 'yaml';

/** YAML 1.1's "value key" `=`, which PyYAML cannot even load as a plain scalar. */
const VALUE_KEY: ScalarTag = {
  tag: 'tag:yaml.org,2002:value',
  default: true,
  test: /^=$/,
  resolve: (s) => s,
};

/** The types a YAML 1.1 reader resolves plain scalars to, besides those of 1.2 (the writer's own schema). */
const YAML_1_1 = [...new Schema({ schema: 'yaml-1.1' }).tags, VALUE_KEY];

export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, compat: YAML_1_1 });
}
