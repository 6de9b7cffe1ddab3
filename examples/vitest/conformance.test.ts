// The README's example of rxpath's suite inside a user's own vitest run, run as written by
// `npm test` (the package imports itself by name, as a user's project would import it).
import { conformanceSuite } from 'rxpath/vitest';
import { modelImplementation } from 'rxpath';

// Any Implementation works here: your own module's default export, or a program behind
// rxpath's JSON-lines protocol. The reference model stands in for yours.
const myImplementation = modelImplementation();

conformanceSuite(myImplementation, {
  properties: ['budget', 'backlog', 'rcvbuf', 'conservation'],
  profiles: ['linux-6.18'],
  runs: 50,
});
