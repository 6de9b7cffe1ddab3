// `rxpath versions` (src/runner/versions.ts): the rules neighbouring profiles differ in, each shown by
// a scenario recorded on both kernels; every kernel agrees with its own profile; docs/versions.md is
// what the command writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINUX_6_1, LINUX_6_12, LINUX_6_18 } from '../../src/model/profile.ts';
import { loadCorpus } from '../../src/runner/golden/corpus.ts';
import { versionsMarkdown } from '../../src/runner/reports/versions.ts';
import { differingRules, VERSIONS_PAGE_COMMAND, versionsCorpus, versionsReport } from '../../src/runner/versions.ts';
import { PACKAGE_ROOT } from '../../src/spec/schema-files.ts';

const rules = (a: typeof LINUX_6_1, b: typeof LINUX_6_1) => differingRules(a, b).map((r) => r.rule);

describe('differingRules', () => {
  it('6.12 -> 6.18: flow-limit and RFS hashing, UDP admission and memory scheduling, drop reasons, GRO IP IDs', () => {
    expect(rules(LINUX_6_12, LINUX_6_18)).toEqual([
      'flowLimitBucket', 'rfsSlot', 'udp.chargeMemSchedule + udp.memScheduleDropInEnqueue', 'udp.martianSourceReason',
      'udp.noRouteDropSite6', 'udp.optionsDropReason', 'udp.recvmsgCsumDropReason', 'udp.udpAdmit', 'udpGroIpIdFlush',
    ]);
  });
  it('6.1 -> 6.12: in_net_rx_action, softnet columns, OutTransmits, admission and forward allocation, fragment frees, veth ring drop site, XDP copies, the page order of packet_snd', () => {
    expect(rules(LINUX_6_1, LINUX_6_12)).toEqual([
      'packetSndPageOrder', 'raiseSoftirqInsideNetRxAction', 'snmpOutTransmits', 'softnetColumns', 'udp.fragDuplicate', 'udp.fragDuplicate6',
      'udp.fragKillPurge', 'udp.fragListFree', 'udp.ipForward + udp.ipLocalOut + udp.ipOutput', 'udp.udpAdmit',
      'udp.udpRmemScheduleBytes', 'vethRingFullSite', 'xdpCow',
    ]);
  });
  it('a profile does not differ from itself', () => {
    expect(rules(LINUX_6_18, LINUX_6_18)).toEqual([]);
  });
});

describe('the report over the golden corpus', () => {
  const corpus = versionsCorpus(loadCorpus());
  const report = versionsReport(corpus.kernel, corpus.model);

  it('every recorded kernel agrees with its own profile', () => {
    expect(report.agreement.map((a) => a.profile)).toEqual(['linux-6.1', 'linux-6.12', 'linux-6.18']);
    for (const a of report.agreement) expect(a.unmatched, a.profile).toEqual([]);
  });

  it('6.12 -> 6.18 admission is shown by a recording whose kernels differ as the rule says', () => {
    const pair = report.pairs.find((p) => p.older === 'linux-6.12')!;
    const admit = pair.rules.find((r) => r.rule === 'udp.udpAdmit')!;
    const s = admit.shownBy[0]!;
    expect(s.evidence).toBe('kernels');
    expect(s.olderKernel).toBe(s.olderModel); // 6.12 kernel = linux-6.12 model
    expect(s.newerKernel).toBe(s.withRule); // 6.18 kernel = linux-6.12 model with 6.18's admission
    expect(pair.defaults).toContainEqual({ name: 'net.core.rmem_max', older: 212992, newer: 4194304 });
    expect(pair.truesize[0]).toEqual([0, 325, 960, 832]); // 6.18 steps up to 1280 at 198, 6.12 at 326
  });

  it('6.12 -> 6.18 martian drop reasons are shown by the kfree_skb events both kernels recorded', () => {
    const pair = report.pairs.find((p) => p.older === 'linux-6.12')!;
    const s = pair.rules.find((r) => r.rule === 'udp.martianSourceReason')!.shownBy[0]!;
    expect([s.evidence, s.path]).toEqual(['kernels', 'kfree_skb reason']);
    expect(s.olderKernel).toEqual(s.olderModel);
    expect(s.newerKernel).toEqual(s.withRule);
    expect(s.olderModel).not.toEqual(s.withRule);
  });

  it('docs/versions.md is what `rxpath versions --out docs/versions.md` writes', () => {
    const page = readFileSync(join(PACKAGE_ROOT, 'docs', 'versions.md'), 'utf8');
    expect(page, `stale: run npx ${VERSIONS_PAGE_COMMAND}`).toBe(versionsMarkdown(report, VERSIONS_PAGE_COMMAND));
  });
}, 120_000);
