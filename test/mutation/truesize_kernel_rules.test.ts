// The truesize data files (src/model/truesize/*.json): a measured table's segments expand to one
// value per payload; a file that does not describe a table is an input error naming the file and
// JSON path; the table the model uses is the one the file describes.
import { describe, expect, it } from 'vitest';
import { MAX_UDP_PAYLOAD, expandSegments, readTruesizeFile, tableFromFile, truesizeTable } from '../../src/model/truesize.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';
import { PROFILES } from '../model/build.ts';

const problem = (f: () => unknown) => {
  try { f(); } catch (e) {
    expect(e).toBeInstanceOf(RxpathInputError);
    return (e as RxpathInputError).problems[0];
  }
  throw new Error('no error');
};

describe('truesize tables', () => {
  it('segments [payload, truesize, slope] expand to one value per payload, each segment up to the next', () => {
    const t = expandSegments([[0, 100, 0], [10, 200, 1], [20, 500, 0]], 'x.json');
    expect(t.length).toBe(MAX_UDP_PAYLOAD + 1);
    expect([t[0], t[9], t[10], t[15], t[19], t[20], t[MAX_UDP_PAYLOAD]]).toEqual([100, 100, 200, 205, 209, 500, 500]);
  });

  it('segments that do not start at payload 0, or whose payloads do not increase, are input errors at their JSON path', () => {
    expect(problem(() => expandSegments([], 'x.json'))).toEqual({ file: 'x.json', pointer: '/tables/loopback/segments', message: 'segments must start at payload 0' });
    expect(problem(() => expandSegments([[5, 1, 0]], 'x.json')).message).toBe('segments must start at payload 0');
    expect(problem(() => expandSegments([[0, 1, 0], [7, 2, 0], [7, 3, 0]], 'x.json'))).toEqual({ file: 'x.json', pointer: '/tables/loopback/segments/2/0', message: 'payloads must increase' });
  });

  it('a measured file without a loopback table is an input error', () => {
    expect(problem(() => tableFromFile({ profile: 'linux-6.18', tables: {} }, 'y.json'))).toEqual({ file: 'y.json', pointer: '/tables/loopback', message: 'missing loopback table' });
  });

  it.each(PROFILES)('%s: the table the model uses is the one its data file describes, built once', (profile) => {
    const t = truesizeTable(profile);
    expect(Array.from(tableFromFile(readTruesizeFile(profile), 'f'))).toEqual(Array.from(t));
    expect(truesizeTable(profile)).toBe(t);
  });
});
