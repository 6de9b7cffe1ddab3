// Serves any in-process Implementation module over the rxpath adapter protocol (JSON lines on
// stdio), so that it can be checked as a separate program:
//
//   rxpath check --impl-cmd "npx tsx examples/bridge.ts examples/faulty/some-bug.ts"
//
// An Implementation runs a whole scenario at once; the protocol goes step by step. At a checkpoint
// step the bridge runs the steps received so far and answers with that checkpoint's snapshot (a
// receive path is causal: a snapshot does not depend on later steps); at `end` it runs the whole
// scenario. Errors the implementation throws become `error` answers.
import { createInterface } from 'node:readline';
import type { Config, ProfileName, ProtocolRequest, ProtocolResponse, Scenario, Step } from '../src/generated/schema-types.ts';
import { loadModuleImplementation } from '../src/impl/module.ts';
import { checkRequest } from '../src/impl/protocol-schema.ts';

const modulePath = process.argv[2];
if (!modulePath) {
  process.stderr.write('usage: tsx examples/bridge.ts MODULE\n');
  process.exit(2);
}
const impl = await loadModuleImplementation(modulePath);

interface RunState { run: number; name: string; config: Config; events: boolean; steps: Step[] }
let state: RunState | undefined;

const send = (m: ProtocolResponse): void => { process.stdout.write(`${JSON.stringify(m)}\n`); };

async function answer(msg: ProtocolRequest): Promise<ProtocolResponse | undefined> {
  switch (msg.type) {
    case 'hello':
      return {
        type: 'hello', protocol: 1, name: impl.name,
        capabilities: {
          profiles: [...impl.profiles] as [ProfileName, ...ProfileName[]], events: impl.events,
          ...(impl.tags ? { tags: [...impl.tags] } : {}), ...(impl.observes ? { observes: [...impl.observes] } : {}),
        },
      };
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
      const obs = await impl.run({ name: state.name, config: state.config, workload: state.steps }, { events: state.events });
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
