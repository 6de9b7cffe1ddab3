// A counterexample in one short string that a user can carry (as Hypothesis' @reproduce_failure):
// the property, the profile, the seed and fast-check's replay path, deflated and base64url-encoded
// behind a version prefix. `rxpath check --replay TOKEN` needs nothing else (the implementation is
// still named by --impl or --impl-cmd).
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ProfileName } from '../generated/schema-types.ts';
import { RxpathInputError } from '../spec/errors.ts';

export const REPLAY_TOKEN_PREFIX = 'rx1.';

export interface ReplayTarget {
  property: string;
  profile: ProfileName;
  seed: number;
  path: string;
}

export function encodeReplayToken(t: ReplayTarget): string {
  const text = [t.property, t.profile, t.seed, t.path].join(' ');
  return REPLAY_TOKEN_PREFIX + deflateRawSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64url');
}

export function isReplayToken(text: string): boolean {
  return text.trim().startsWith(REPLAY_TOKEN_PREFIX);
}

function bad(text: string, why: string): never {
  const shown = text.length > 60 ? `${text.slice(0, 60)}...` : text;
  throw new RxpathInputError([{ file: '--replay', pointer: '', message: `${why} (got "${shown}")` }]);
}

export function decodeReplayToken(text: string): ReplayTarget {
  const body = text.trim().slice(REPLAY_TOKEN_PREFIX.length);
  let decoded: string;
  try {
    decoded = inflateRawSync(Buffer.from(body, 'base64url')).toString('utf8');
  } catch {
    bad(text, 'not a replay token as a failing check prints it (rx1.<base64url>)');
  }
  const m = /^([a-z0-9-]+) (linux-[0-9.]+) (-?\d+) (\d+(?::\d+)*)$/.exec(decoded);
  if (!m) bad(text, 'a replay token whose content is not property, profile, seed and path');
  return { property: m[1]!, profile: m[2] as ProfileName, seed: Number(m[3]), path: m[4]! };
}
