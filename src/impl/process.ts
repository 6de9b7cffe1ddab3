// An implementation in any language: a program that speaks the adapter protocol over stdio
// (`rxpath check --impl-cmd "python3 my_impl.py"`). This adapter runs the version handshake,
// feeds each scenario step by step, and restarts the program after it crashed, hung or broke
// the protocol, so that the next check starts from a clean process.
import type {
  Capabilities, Checkpoint, HelloResponse, Observations, ProfileName, Scenario, TraceEvent,
} from '../generated/schema-types.ts';
import { ImplementationError } from './errors.ts';
import { JsonLinesSession } from './jsonlines-session.ts';
import type { Implementation, RunOptions, Timing, TraceEventType } from './types.ts';

/** Protocol versions this rxpath speaks (2 adds capabilities.timing and event types in capabilities.events). */
export const PROTOCOL_VERSIONS = [1, 2] as const;
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface ProcessImplementationOptions {
  command: string;
  cwd?: string;
  timeoutMs?: number;
  rxpathVersion?: string;
}

async function handshake(session: JsonLinesSession, rxpathVersion: string): Promise<HelloResponse> {
  const res = await session.ask(
    { type: 'hello', protocol: [...PROTOCOL_VERSIONS], rxpath: rxpathVersion },
    { what: 'hello (the version handshake)' }, ['hello'],
  ) as HelloResponse;
  if (!(PROTOCOL_VERSIONS as readonly number[]).includes(res.protocol)) {
    throw new ImplementationError('protocol', `chose protocol version ${res.protocol}; rxpath speaks ${PROTOCOL_VERSIONS.join(', ')}`, {
      detail: JSON.stringify(res),
    });
  }
  const c = res.capabilities;
  if (res.protocol < 2 && (c.timing !== undefined || Array.isArray(c.events))) {
    throw new ImplementationError('protocol', 'declared capabilities.timing or a list of event types, which need protocol version 2; answer the hello with "protocol": 2', {
      detail: JSON.stringify(res),
    });
  }
  return res;
}

export class ProcessImplementation implements Implementation {
  readonly name: string;
  readonly profiles: readonly ProfileName[];
  readonly events: boolean;
  readonly eventTypes?: readonly TraceEventType[];
  readonly timing?: Timing;
  readonly tags?: readonly string[];
  readonly observes?: readonly string[];
  /** The name the program gave itself in its hello. */
  readonly declaredName: string;
  private session: JsonLinesSession | undefined;
  private runId = 0;

  private constructor(
    private readonly opts: Required<Pick<ProcessImplementationOptions, 'command' | 'timeoutMs' | 'rxpathVersion'>> & { cwd?: string },
    session: JsonLinesSession,
    private readonly capabilities: Capabilities,
    declaredName: string,
  ) {
    this.session = session;
    this.name = opts.command;
    this.declaredName = declaredName;
    this.profiles = capabilities.profiles;
    this.events = Array.isArray(capabilities.events) || capabilities.events === true;
    if (Array.isArray(capabilities.events)) this.eventTypes = capabilities.events;
    if (capabilities.timing) this.timing = capabilities.timing;
    if (capabilities.tags) this.tags = capabilities.tags;
    if (capabilities.observes) this.observes = capabilities.observes;
  }

  /** Starts the program and runs the handshake; throws ImplementationError when it cannot. */
  static async open(o: ProcessImplementationOptions): Promise<ProcessImplementation> {
    const opts = { command: o.command, cwd: o.cwd, timeoutMs: o.timeoutMs ?? DEFAULT_TIMEOUT_MS, rxpathVersion: o.rxpathVersion ?? '0.0.0' };
    const session = new JsonLinesSession(opts);
    try {
      const hello = await handshake(session, opts.rxpathVersion);
      return new ProcessImplementation(opts, session, hello.capabilities, hello.name);
    } catch (err) {
      await session.close();
      throw err;
    }
  }

  private async liveSession(): Promise<JsonLinesSession> {
    if (this.session?.alive) return this.session;
    if (this.session) await this.session.close();
    const s = new JsonLinesSession(this.opts);
    const hello = await handshake(s, this.opts.rxpathVersion);
    if (JSON.stringify(hello.capabilities) !== JSON.stringify(this.capabilities)) {
      await s.close();
      throw new ImplementationError('protocol', 'declared other capabilities after a restart', {
        detail: `first: ${JSON.stringify(this.capabilities)}; now: ${JSON.stringify(hello.capabilities)}`,
      });
    }
    this.session = s;
    return s;
  }

  async run(scenario: Scenario, opts: RunOptions): Promise<Observations> {
    const session = await this.liveSession();
    const run = ++this.runId;
    const steps = scenario.workload;
    try {
      await session.ask(
        { type: 'start', run, name: scenario.name, config: scenario.config, steps: steps.length, events: opts.events && this.events },
        { what: 'start' }, ['started'],
      );
      const checkpoints: Checkpoint[] = [];
      for (let index = 0; index < steps.length; index++) {
        const step = steps[index]!;
        const isCheckpoint = step.op === 'checkpoint';
        const res = await session.ask(
          { type: 'step', run, index, step },
          { step: index, what: `step ${index} (${step.op})` },
          isCheckpoint ? ['snapshot'] : ['ack'],
        );
        if (res.type === 'snapshot') {
          if (res.checkpoint.step !== index || (step.op === 'checkpoint' && res.checkpoint.label !== step.label)) {
            throw new ImplementationError('invalid-output',
              `answered checkpoint step ${index} "${step.op === 'checkpoint' ? step.label : ''}" with a snapshot labelled "${res.checkpoint.label}" for step ${res.checkpoint.step}`,
              { step: index });
          }
          checkpoints.push(res.checkpoint);
        }
      }
      const end = await session.ask({ type: 'end', run }, { step: steps.length, what: 'end' }, ['end']);
      if (end.type !== 'end') throw new Error('unreachable');
      if (end.checkpoint.label !== 'end' || end.checkpoint.step !== steps.length) {
        throw new ImplementationError('invalid-output',
          `answered end with a snapshot labelled "${end.checkpoint.label}" for step ${end.checkpoint.step} (expected "end", step ${steps.length})`,
          { step: steps.length });
      }
      checkpoints.push(end.checkpoint);
      const obs: Observations = { profile: scenario.config.profile, checkpoints };
      if (end.events) obs.events = end.events as TraceEvent[];
      return obs;
    } catch (err) {
      // After anything but a reported error the program's state is unknown: start a fresh one next time.
      if (!(err instanceof ImplementationError) || err.fault !== 'exception') {
        await session.close();
        this.session = undefined;
      }
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.session) await this.session.close();
    this.session = undefined;
  }
}
