// /proc/net/softnet_stat (net/core/net-procfs.c:softnet_seq_show): one row per online CPU, %08x u32s.
// 11 columns = 3.13 layout; 13 = 5.x (+ backlog length, CPU index); 15 = 6.x (+ input_qlen, process_qlen).
import type { SoftnetRow } from '../../generated/schema-types.ts';
import { fail, hex32, lines, parsing, type ParseResult } from './result.ts';

export function parseSoftnetStat(text: string): ParseResult<SoftnetRow[]> {
  return parsing('/proc/net/softnet_stat', (warnings) => {
    const rows: SoftnetRow[] = [];
    lines(text).forEach((line, i) => {
      const where = `line ${i + 1}`;
      const t = line.trim().split(/\s+/);
      if (t.length === 1 && t[0] === '') fail(`${where}: empty line`);
      if (t.length < 11) fail(`${where}: ${t.length} columns, expected 11 (3.13), 13 or 15 (6.x)`);
      if (t.length !== 11 && t.length !== 13 && t.length !== 15) warnings.push(`${where}: ${t.length} columns; reading the first ${t.length >= 15 ? 15 : t.length >= 13 ? 13 : 11}`);
      const v = t.map((x, k) => hex32(x, `${where} column ${k + 1}`));
      const row: SoftnetRow = {
        cpu: t.length >= 13 ? v[12] : i,
        processed: v[0], dropped: v[1], time_squeeze: v[2],
        cpu_collision: v[8], received_rps: v[9], flow_limit_count: v[10],
      };
      if (t.length >= 13) row.backlog_len = v[11];
      if (t.length >= 15) { row.input_qlen = v[13]; row.process_qlen = v[14]; }
      rows.push(row);
    });
    return rows;
  });
}
