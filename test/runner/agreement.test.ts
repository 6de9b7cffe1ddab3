// `rxpath agreement` (src/runner/agreement.ts): on N scenarios of the differential's generator, how
// many agree with the model. A copy of the model agrees on all; the model with one kernel rule
// broken disagrees on some and agrees on others; the same seed gives the same answer.
import { describe, expect, it } from 'vitest';
import faultyInDatagrams from '../../examples/faulty/in-datagrams-on-enqueue.ts';
import { modelImplementation } from '../../src/impl/model.ts';
import type { Implementation } from '../../src/impl/types.ts';
import { measureAgreement } from '../../src/runner/agreement.ts';
import { FormTakesNothingError } from '../../properties/check.ts';

const copy: Implementation = { ...modelImplementation({}), name: 'model (copy)' };

describe('measureAgreement', () => {
  it('a copy of the model agrees on every scenario, each comparing counters', async () => {
    const r = await measureAgreement({ impl: copy, profile: 'linux-6.18', runs: 40, seed: 2 });
    expect(r.runs).toBe(40);
    expect(r.disagreements).toEqual([]);
    expect(r.agreed + r.nothingCompared).toBe(40);
    expect(r.agreed).toBeGreaterThan(30);
    expect(r.rate).toBe(1);
  });

  it('a broken rule disagrees on the scenarios that reach it, deterministically', async () => {
    const impl = faultyInDatagrams as Implementation;
    const a = await measureAgreement({ impl, profile: 'linux-3.13', runs: 40, seed: 5 });
    expect(a.disagreements.length).toBeGreaterThan(0);
    expect(a.agreed).toBeGreaterThan(0);
    expect(a.rate).toBeCloseTo(a.agreed / (a.agreed + a.disagreements.length));
    expect(a.disagreements[0]!.message).toContain('snmp.Udp.InDatagrams');
    const b = await measureAgreement({ impl, profile: 'linux-3.13', runs: 40, seed: 5 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('an implementation that throws is reported broken at the scenario it broke on', async () => {
    const impl: Implementation = { ...copy, run: () => Promise.reject(new Error('boom')) };
    const r = await measureAgreement({ impl, profile: 'linux-6.18', runs: 5, seed: 1 });
    expect(r.broken).toMatchObject({ index: 0, message: expect.stringContaining('boom') });
    expect(r.rate).toBeNull();
  });

  it('a scenarioForm that carries out nothing ends generation with an error instead of spinning for ever', async () => {
    const impl: Implementation = { ...copy, scenarioForm: () => null };
    await expect(measureAgreement({ impl, profile: 'linux-6.18', runs: 5, seed: 1 })).rejects.toThrow(FormTakesNothingError);
  });
});
