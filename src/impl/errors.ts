// An implementation misbehaved: it crashed, hung, answered out of order or broke the protocol.
// This is not a conformance failure (exit 1) but a broken implementation (exit 3): the run reports
// what it did and on which step, and goes on with the next check.
export type ImplementationFault = 'crash' | 'timeout' | 'protocol' | 'out-of-order' | 'invalid-output' | 'exception';

export class ImplementationError extends Error {
  readonly fault: ImplementationFault;
  /** Index of the workload step it was on, when known. */
  readonly step: number | undefined;
  /** What it did: exit code and signal, the line it printed, stderr's tail. */
  readonly detail: string;

  constructor(fault: ImplementationFault, message: string, opts: { step?: number; detail?: string } = {}) {
    super(message);
    this.name = 'ImplementationError';
    this.fault = fault;
    this.step = opts.step;
    this.detail = opts.detail ?? '';
  }
}
