// Observations and trace events from an implementation are validated the same way.
import { describe, expect, it } from 'vitest';
import { validateObservations, validateTraceEvent } from '../../src/spec/validate.ts';
import { RxpathInputError } from '../../src/spec/errors.ts';

function messageOf(f: () => unknown): string {
  try { f(); } catch (err) {
    expect(err).toBeInstanceOf(RxpathInputError);
    return (err as Error).message;
  }
  throw new Error('accepted');
}

describe('trace events', () => {
  it('accepts a napi_poll event', () => {
    const e = { t: 0, cpu: 0, event: 'napi_poll', napi: 'eth0:rx-0', dev_name: 'eth0', work: 64, budget: 64 };
    expect(validateTraceEvent(e, 'events.jsonl')).toEqual(e);
  });
  it('reduces oneOf errors to the branch named by `event`', () => {
    expect(messageOf(() => validateTraceEvent({ t: 0, cpu: 0, event: 'napi_poll', napi: 'x', dev_name: 'eth0', work: -1, budget: 64 }, 'events.jsonl')))
      .toBe('events.jsonl: /work: must be >= 0 (got -1)');
  });
  it('an unknown event name', () => {
    expect(messageOf(() => validateTraceEvent({ t: 0, cpu: 0, event: 'net_dev_xmit' }, 'events.jsonl')))
      .toBe('events.jsonl: /event: must be one of "napi_poll", "softirq_entry", "softirq_exit", "netif_rx", "netif_receive_skb", "kfree_skb" or "sock_rcvqueue_full" (got "net_dev_xmit")');
  });
});

describe('observations', () => {
  it('must end with the `end` snapshot', () => {
    expect(messageOf(() => validateObservations({ profile: 'linux-6.18', checkpoints: [] }, 'obs.json')))
      .toBe('obs.json: /checkpoints: must end with the final snapshot labelled "end" (got no checkpoints)');
  });
  it('counters are checked against the counter schemas', () => {
    expect(messageOf(() => validateObservations({ profile: 'linux-6.18', checkpoints: [{ label: 'end', step: 0, at: 0, counters: {} }] }, 'obs.json')))
      .toBe([
        'obs.json: /checkpoints/0/counters/softnet_stat: is required (missing)',
        'obs.json: /checkpoints/0/counters/snmp: is required (missing)',
        'obs.json: /checkpoints/0/counters/netstat: is required (missing)',
        'obs.json: /checkpoints/0/counters/dev: is required (missing)',
        'obs.json: /checkpoints/0/counters/ethtool: is required (missing)',
        'obs.json: /checkpoints/0/counters/udp: is required (missing)',
        'obs.json: /checkpoints/0/counters/softirqs: is required (missing)',
        'obs.json: /checkpoints/0/counters/interrupts: is required (missing)',
      ].join('\n'));
  });
});
