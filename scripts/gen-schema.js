#!/usr/bin/env node
// Writes schemas/meeting.schema.json from the Zod schema (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { meetingJsonSchema } from '../dist/schema.js';

const target = fileURLToPath(new URL('../schemas/meeting.schema.json', import.meta.url));
writeFileSync(target, JSON.stringify(meetingJsonSchema(), null, 2) + '\n');
process.stderr.write(`wrote ${target}\n`);
