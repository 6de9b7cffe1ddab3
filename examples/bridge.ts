// Serves any in-process Implementation module over the rxpath adapter protocol (JSON lines on
// stdio), so that it can be checked as a separate program:
//
//   rxpath check --impl-cmd "npx tsx examples/bridge.ts examples/faulty/some-bug.ts"
//   rxpath check --impl-cmd "npx tsx examples/bridge.ts examples/faulty/some-bug.ts --timing settled --no-events"
//
// `--timing settled` declares that the program has no clock (protocol 2, capabilities.timing) and
// `--no-events` that it emits no trace events, whatever the module says: a narrow implementation
// as a program in another language would declare itself.
//
// An Implementation runs a whole scenario at once; the protocol goes step by step. At a checkpoint
// step the bridge runs the steps received so far and answers with that checkpoint's snapshot (a
// receive path is causal: a snapshot does not depend on later steps); at `end` it runs the whole
// scenario. Errors the implementation throws become `error` answers.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Config, ProfileName, ProtocolRequest, ProtocolResponse, Scenario, Step } from '../src/generated/schema-types.ts';
import { loadModuleImplementation } from '../src/impl/module.ts';
import type { TraceEventType } from '../src/impl/types.ts';
import { checkRequest } from '../src/impl/protocol-schema.ts';

const usage = 'usage: tsx examples/bridge.ts MODULE [--timing model|settled] [--no-events]\n';
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { timing: { type: 'string' }, 'no-events': { type: 'boolean' } } });
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n${usage}`);
  process.exit(2);
}
const modulePath = args.positionals[0];
const timing = args.values.timing as 'model' | 'settled' | undefined;
if (!modulePath || args.positionals.length > 1 || (timing !== undefined && timing !== 'model' && timing !== 'settled')) {
  process.stderr.write(usage);
  process.exit(2);
}
const impl = await loadModuleImplementation(modulePath);
const events = impl.events && !args.values['no-events'];

interface RunState { run: number; name: string; config: Config; events: boolean; steps: Step[] }
let state: RunState | undefined;

const send = (m: ProtocolResponse): void => { process.stdout.write(`${JSON.stringify(m)}\n`); };

async function answer(msg: ProtocolRequest): Promise<ProtocolResponse | undefined> {
  switch (msg.type) {
    case 'hello': {
      // protocol 2 when rxpath offers it (timing and event types need it), else 1
      const protocol = msg.protocol.includes(2) ? 2 : 1;
      const declared = timing ?? impl.timing;
      return {
        type: 'hello', protocol, name: impl.name,
        capabilities: {
          profiles: [...impl.profiles] as [ProfileName, ...ProfileName[]],
          events: events && protocol >= 2 && impl.eventTypes ? [...impl.eventTypes] as [TraceEventType, ...TraceEventType[]] : events,
          ...(protocol >= 2 && declared ? { timing: declared } : {}),
          ...(impl.tags ? { tags: [...impl.tags] } : {}), ...(impl.observes ? { observes: [...impl.observes] } : {}),
        },
      };
    }
    case 'start':
      state = { run: msg.run, name: msg.name, config: msg.config, events: msg.events, steps: [] };
      return { type: 'started', run: msg.run };
    case 'step': {
      if (!state || state.run !== msg.run) return { type: 'error', run: msg.run, index: msg.index, message: 'step before start' };
      state.steps.push(msg.step);
      if (msg.step.op !== 'checkpoint') return { type: 'ack', run: msg.run, index: msg.index };
      const scenario: Scenario = { name: state.name, config: state.config, workload: [...state.steps] };
      const obs = await impl.run(scenario, { events: false });
      const cp = obs.checkpoints.find((c) => c.step === msg.index);
      if (!cp) return { type: 'error', run: msg.run, index: msg.index, message: `the implementation gave no snapshot for step ${msg.index}` };
      return { type: 'snapshot', run: msg.run, index: msg.index, checkpoint: cp };
    }
    case 'end': {
      if (!state || state.run !== msg.run) return { type: 'error', run: msg.run, message: 'end before start' };
      const obs = await impl.run({ name: state.name, config: state.config, workload: state.steps }, { events: state.events && events });
      const last = obs.checkpoints[obs.checkpoints.length - 1]!;
      return { type: 'end', run: msg.run, checkpoint: last, ...(obs.events ? { events: obs.events } : {}) };
    }
    case 'bye':
      await impl.close?.();
      process.exit(0);
  }
  return undefined;
}

// One request at a time, in order.
let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(async () => {
    let msg: unknown;
    try { msg = JSON.parse(line); } catch { send({ type: 'error', message: `not JSON: ${line.slice(0, 100)}` }); return; }
    const problem = checkRequest(msg);
    if (problem) { send({ type: 'error', message: `invalid request: ${problem.pointer}: ${problem.message}` }); return; }
    const m = msg as ProtocolRequest;
    try {
      const res = await answer(m);
      if (res) send(res);
    } catch (err) {
      send({ type: 'error', ...('run' in m ? { run: m.run } : {}), ...(m.type === 'step' ? { index: m.index } : {}), message: (err as Error).message });
    }
  });
});
