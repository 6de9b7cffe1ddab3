// Reading JSON input files: a regular file within the size limit (input-file.ts), UTF-8 (utf8.ts),
// strict JSON (strict-json.ts); every error names the file and, for what is wrong inside it, the
// line and column (and the JSON pointer where one applies).
import type { Config, Observations, Scenario } from '../generated/schema-types.ts';
import { readInputFile } from './input-file.ts';
import { parseStrictJson } from './strict-json.ts';
import { decodeUtf8 } from './utf8.ts';
import { validateConfig, validateObservations, validateScenario } from './validate.ts';

/** Parses `text` as the JSON document of `file` (strict: see strict-json.ts). */
export function parseJsonText(text: string, file: string): unknown {
  return parseStrictJson(text, file);
}

/** Reads and parses a JSON file; the message names the file as given. */
export function loadJsonFile(path: string): unknown {
  return parseStrictJson(decodeUtf8(readInputFile(path), path), path);
}

export function loadScenarioFile(path: string): Scenario {
  return validateScenario(loadJsonFile(path), path);
}

export function loadConfigFile(path: string): Config {
  return validateConfig(loadJsonFile(path), path);
}

export function loadObservationsFile(path: string): Observations {
  return validateObservations(loadJsonFile(path), path);
}
