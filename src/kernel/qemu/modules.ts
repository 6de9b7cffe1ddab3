// The guest kernel's own modules the initramfs loads, in load order (each after what it depends on).
// A module's dependencies are its modinfo `depends=` (the .modinfo section: NUL-separated key=value
// strings, what kmod's modinfo prints); where its file is comes from modules.order, and a module
// listed in modules.builtin is part of the kernel image (6.12 has virtio_pci built in, 6.1 not).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export class ModuleError extends Error {}

/** What the guest needs: 9p over virtio to reach the host's root, and what the recorder's scenarios use. */
export const GUEST_MODULES = [
  // virtio-pci and the 9p filesystem (fs/9p, net/9p/trans_virtio.c)
  'virtio_pci', '9pnet_virtio', '9p',
  // veth pairs (topology.ts), tc clsact + u32 + mirred bursts, pedit for a burst's light flow (tc_burst.ts)
  'veth', 'sch_ingress', 'cls_u32', 'act_mirred', 'act_pedit',
] as const;

/** Module names are spelled with `_` in depends= and modules.builtin, with `-` or `_` in file names. */
export function moduleName(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.ko(\.(xz|zst|gz))?$/, '');
  return base.replace(/-/g, '_');
}

/** The key=value fields of a module's .modinfo (NUL-separated; a module binary as latin1 works too). */
export function parseModinfo(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const re = /(?:^|\0)([a-z_]+)=([^\0]*)(?=\0|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const list = out.get(m[1]) ?? [];
    list.push(m[2]);
    out.set(m[1], list);
  }
  return out;
}

/** The modules named by `depends=` (comma-separated; empty for none). */
export function dependsOf(modinfo: Map<string, string[]>): string[] {
  return (modinfo.get('depends') ?? []).flatMap((d) => d.split(',')).map((d) => d.trim().replace(/-/g, '_')).filter((d) => d !== '');
}

/**
 * `wanted` and everything they depend on, dependencies first, without the built-in ones.
 * `depends(name)` gives a module's depends=; `isBuiltin(name)` whether the image has it.
 */
export function loadOrder(wanted: readonly string[], depends: (name: string) => string[], isBuiltin: (name: string) => boolean): string[] {
  const out: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]): void => {
    if (isBuiltin(name) || state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new ModuleError(`module dependency cycle: ${[...path, name].join(' -> ')}`);
    state.set(name, 'visiting');
    for (const d of depends(name)) visit(d, [...path, name]);
    state.set(name, 'done');
    out.push(name);
  };
  for (const w of wanted) visit(w.replace(/-/g, '_'), []);
  return out;
}

/** Module name -> path under the modules directory, from modules.order (or modules.builtin). */
export function moduleIndex(listText: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of listText.split('\n')) {
    const p = line.trim();
    if (p.endsWith('.ko')) out.set(moduleName(p), p);
  }
  return out;
}

function decompress(file: string): Buffer {
  if (file.endsWith('.gz')) return gunzipSync(readFileSync(file));
  const [cmd, args, pkg] = file.endsWith('.xz') ? ['busybox', ['xzcat', file], 'busybox-static']
    : file.endsWith('.zst') ? ['zstd', ['-dcq', file], 'zstd'] : ['', [], ''];
  if (cmd === '') return readFileSync(file);
  const r = spawnSync(cmd, args as string[], { maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new ModuleError(`${file} is compressed and ${cmd} is missing: apt-get install ${pkg}`);
  if (r.status !== 0) throw new ModuleError(`${cmd} ${(args as string[]).join(' ')}: ${String(r.stderr).trim()}`);
  return r.stdout;
}

/** The modules of one unpacked kernel (DIR/lib/modules/RELEASE), read on demand. */
export class ModuleTree {
  private readonly order: Map<string, string>;
  private readonly builtin: Set<string>;
  private readonly cache = new Map<string, Buffer>();

  constructor(readonly dir: string) {
    this.order = moduleIndex(readFileSync(join(dir, 'modules.order'), 'utf8'));
    const b = join(dir, 'modules.builtin');
    this.builtin = new Set(existsSync(b) ? moduleIndex(readFileSync(b, 'utf8')).keys() : []);
  }

  isBuiltin(name: string): boolean { return this.builtin.has(name); }

  /** The uncompressed module (the file may be NAME.ko, .ko.xz, .ko.zst or .ko.gz). */
  contents(name: string): Buffer {
    const hit = this.cache.get(name);
    if (hit) return hit;
    const rel = this.order.get(name);
    if (rel === undefined) throw new ModuleError(`module ${name} is neither in ${this.dir}/modules.order nor built in`);
    const file = ['', '.xz', '.zst', '.gz'].map((ext) => join(this.dir, rel + ext)).find((f) => existsSync(f));
    if (file === undefined) throw new ModuleError(`module ${name}: ${join(this.dir, rel)} (or .xz/.zst/.gz) is missing`);
    const buf = decompress(file);
    this.cache.set(name, buf);
    return buf;
  }

  depends(name: string): string[] {
    return dependsOf(parseModinfo(this.contents(name).toString('latin1')));
  }

  /** `wanted` and their dependencies, in load order. */
  loadOrder(wanted: readonly string[]): string[] {
    return loadOrder(wanted, (n) => this.depends(n), (n) => this.isBuiltin(n));
  }
}
