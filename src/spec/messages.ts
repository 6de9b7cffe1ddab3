// Turns ajv errors into InputProblems a person can act on:
// `FILE: /json/pointer: what was expected (got X)`.
import type { ErrorObject } from 'ajv';
import type { InputProblem } from './errors.ts';
import { SCHEMA_BASE, schemaFiles, schemaValidator } from './ajv.ts';
import { readSchema } from './schema-files.ts';
import { similarSpecNames } from './registry.ts';

type Json = Record<string, unknown>;

/** A short rendering of a value for "(got X)". */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try { s = JSON.stringify(value); } catch { s = String(value); }
  if (s === undefined) s = String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** "a", "b" or "c" */
export function listOf(values: readonly unknown[], conj = 'or'): string {
  const parts = values.map((v) => (typeof v === 'string' ? `"${v}"` : show(v)));
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${conj} ${parts[parts.length - 1]}`;
}

// Every object inside every schema document -> the file it belongs to, so that an error's
// parentSchema can be traced back to its document (for re-validating one oneOf branch). A
// precompiled validator (src/generated/validators.cjs) reports copies of the schema objects, so a
// node is also found by its content.
let owner: Map<object, string> | undefined;
let ownerByContent: Map<string, string> | undefined;
function ownerOf(node: object): string | undefined {
  if (!owner) {
    owner = new Map();
    for (const f of schemaFiles()) {
      const stack: unknown[] = [readSchema(f)];
      while (stack.length) {
        const n = stack.pop();
        if (n && typeof n === 'object' && !owner.has(n)) {
          owner.set(n, f);
          for (const v of Object.values(n)) stack.push(v);
        }
      }
    }
  }
  const byIdentity = owner.get(node);
  if (byIdentity !== undefined) return byIdentity;
  if (!ownerByContent) {
    ownerByContent = new Map();
    for (const [n, f] of owner) if (!Array.isArray(n) && ('oneOf' in n || 'properties' in n)) ownerByContent.set(JSON.stringify(n), f);
  }
  return ownerByContent.get(JSON.stringify(node));
}

function resolveLocal(file: string, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let cur: unknown = readSchema(file);
  for (const part of ref.slice(2).split('/')) cur = (cur as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return cur as Json | undefined;
}

/** The key whose const/enum tells the branches of a oneOf apart ("op" for steps, "event" for trace events). */
function discriminator(branches: Json[]): string | undefined {
  const first = branches[0]?.properties as Record<string, Json> | undefined;
  if (!first) return undefined;
  for (const key of Object.keys(first)) {
    if (branches.every((b) => {
      const p = (b.properties as Record<string, Json> | undefined)?.[key];
      return p !== undefined && (p.const !== undefined || Array.isArray(p.enum));
    })) return key;
  }
  return undefined;
}

function branchValues(b: Json, key: string): unknown[] {
  const p = (b.properties as Record<string, Json>)[key];
  return p.const !== undefined ? [p.const] : (p.enum as unknown[]);
}

/**
 * Replaces the errors of a failed oneOf (one set per branch, mostly noise) by the errors of the
 * one branch the data names through its discriminator, or by one message about the discriminator.
 */
function reduceOneOf(errors: ErrorObject[]): ErrorObject[] {
  let out = errors;
  for (const e of errors) {
    if (e.keyword !== 'oneOf' || !out.includes(e)) continue;
    const file = ownerOf(e.parentSchema as object);
    const refs = (e.schema as Json[]).map((b) => (typeof b.$ref === 'string' ? b.$ref : undefined));
    if (!file || refs.some((r) => r === undefined)) continue;
    const branches = refs.map((r) => resolveLocal(file, r!)!);
    const key = discriminator(branches);
    if (!key) continue;
    const at = e.instancePath;
    const inside = (x: ErrorObject): boolean => x.instancePath === at || x.instancePath.startsWith(`${at}/`);
    out = out.filter((x) => !inside(x));
    const data = e.data as Json;
    const allowed = branches.flatMap((b) => branchValues(b, key));
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      out.push({ ...e, keyword: 'type', params: { type: 'object' }, message: undefined });
      continue;
    }
    const idx = branches.findIndex((b) => branchValues(b, key).includes(data[key]));
    if (idx < 0) {
      out.push({
        instancePath: `${at}/${escapePointer(key)}`,
        schemaPath: e.schemaPath,
        keyword: key in data ? 'enum' : 'required-discriminator',
        params: { allowedValues: allowed },
        data: data[key],
        message: undefined,
      } as ErrorObject);
      continue;
    }
    const v = schemaValidator(SCHEMA_BASE + file + refs[idx]!);
    v(data);
    for (const be of v.errors ?? []) out.push({ ...be, instancePath: at + be.instancePath });
  }
  return out;
}

const KNOWN_PATTERNS: Record<string, string> = {
  '^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$': 'must be a hex CPU mask such as "3" or "ff,ffffffff"',
  '^[a-zA-Z][a-zA-Z0-9_.-]{0,14}$': 'must be an interface name: a letter, then at most 14 letters, digits, "_", "." or "-"',
  '^[0-9A-F]{8}:[0-9A-F]{4}$': 'must be ADDRESS:PORT in upper-case hex as /proc/net/udp prints it, e.g. "0100007F:1F90"',
};

const FORMATS: Record<string, string> = { ipv4: 'an IPv4 address such as "10.0.0.1"', ipv6: 'an IPv6 address such as "fd00::1"' };

/**
 * An anyOf of string formats (an address that may be IPv4 or IPv6) fails as one `format` error per branch and
 * the anyOf itself: one error, `format` with every format, takes their place.
 */
function mergeFormatAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const merged = new Map<ErrorObject, ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== 'anyOf') continue;
    const branches = errors.filter((x) => x !== e && x.instancePath === e.instancePath && x.schemaPath.startsWith(`${e.schemaPath}/`));
    if (branches.length === 0 || !branches.every((x) => x.keyword === 'format')) continue;
    for (const b of branches) dropped.add(b);
    const format = branches.map((x) => String((x.params as Record<string, unknown>).format)).join('|');
    merged.set(e, { ...e, keyword: 'format', params: { format } });
  }
  return errors.filter((x) => !dropped.has(x)).map((x) => merged.get(x) ?? x);
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeText(t: string | string[]): string {
  const ts = Array.isArray(t) ? t : String(t).split(',');
  return listOf(ts.map((x) => article(x)), 'or').replace(/"/g, '');
}

function isSysctlsObject(schema: unknown): boolean {
  const sysctls = readSchema('sysctls.schema.json');
  return schema === sysctls || (typeof schema === 'object' && schema !== null && (schema as Json).$id === (sysctls as Json).$id);
}

/** One ajv error as one problem. */
function toProblem(file: string, base: string, e: ErrorObject): InputProblem {
  const p = e.params as Record<string, unknown>;
  let pointer = base + e.instancePath;
  let message: string;
  const got = ` (got ${show(e.data)})`;
  switch (e.keyword) {
    case 'type': message = `must be ${typeText(p.type as string | string[])}${got}`; break;
    case 'minimum': message = `must be >= ${p.limit}${got}`; break;
    case 'maximum': message = `must be <= ${p.limit}${got}`; break;
    case 'exclusiveMinimum': message = `must be > ${p.limit}${got}`; break;
    case 'exclusiveMaximum': message = `must be < ${p.limit}${got}`; break;
    case 'required':
      pointer += `/${escapePointer(String(p.missingProperty))}`;
      message = 'is required (missing)';
      break;
    case 'required-discriminator':
      message = `is required: one of ${listOf(p.allowedValues as unknown[])} (missing)`;
      break;
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      pointer += `/${escapePointer(key)}`;
      if (isSysctlsObject(e.parentSchema)) {
        const near = similarSpecNames(key).filter((n) => n.startsWith('net.'));
        message = `unknown sysctl${near.length ? ` (did you mean ${listOf(near)}?)` : ' (see `rxpath spec --kind sysctl`)'}`;
      } else {
        const known = Object.keys(((e.parentSchema as Json).properties ?? {}) as Json);
        message = `unknown property${known.length ? ` (expected one of: ${known.join(', ')})` : ''}`;
      }
      break;
    }
    case 'enum': message = `must be one of ${listOf((p.allowedValues as unknown[]) ?? [])}${got}`; break;
    case 'const': message = `must be ${show(p.allowedValue)}${got}`; break;
    case 'pattern': message = `${KNOWN_PATTERNS[String(p.pattern)] ?? `must match the pattern ${p.pattern}`}${got}`; break;
    case 'format': {
      const texts = String(p.format).split('|').map((f) => FORMATS[f] ?? `in ${f} format`);
      message = `must be ${texts.join(' or ')}${got}`;
      break;
    }
    case 'minItems': message = `must have at least ${p.limit} item${p.limit === 1 ? '' : 's'} (got ${(e.data as unknown[]).length})`; break;
    case 'maxItems': message = `must have at most ${p.limit} item${p.limit === 1 ? '' : 's'} (got ${(e.data as unknown[]).length})`; break;
    case 'uniqueItems': message = `must not repeat an item (items ${p.j} and ${p.i} are both ${show((e.data as unknown[])[p.i as number])})`; break;
    case 'minLength': message = p.limit === 1 ? `must not be empty${got}` : `must be at least ${p.limit} characters${got}`; break;
    case 'maxLength': message = `must be at most ${p.limit} characters${got}`; break;
    case 'minProperties': message = `must have at least ${p.limit} propert${p.limit === 1 ? 'y' : 'ies'}`; break;
    default: message = `${e.message ?? 'is invalid'}${got}`;
  }
  return { file, pointer, message };
}

/** ajv's errors, reduced and translated; duplicates removed, in document order of first report. */
export function ajvProblems(file: string, errors: readonly ErrorObject[], base = ''): InputProblem[] {
  const reduced = mergeFormatAnyOf(reduceOneOf([...errors]));
  const out: InputProblem[] = [];
  const seen = new Set<string>();
  for (const e of reduced) {
    const pr = toProblem(file, base, e);
    const k = `${pr.pointer}\n${pr.message}`;
    if (!seen.has(k)) { seen.add(k); out.push(pr); }
  }
  return out;
}
