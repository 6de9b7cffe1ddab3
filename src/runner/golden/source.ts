// A golden scenario source (golden/scenarios/*.ts): a scenario written as code, with one line on
// what its trace shows. `rxpath golden record` runs it on the model and writes the trace.
import type { ProfileName, Scenario } from '../../generated/schema-types.ts';

export interface GoldenSource {
  /** File name of the trace (kebab-case, no extension). */
  id: string;
  /** One line: what the trace shows. */
  summary: string;
  /** Profiles to record it for (default: every profile). */
  profiles?: ProfileName[];
  /** Tags beyond those derived from the scenario (scenarioTags). */
  tags?: string[];
  scenario(profile: ProfileName): Scenario;
}
