// The spec as data: registry of annotated sysctls, settings and counters; validation and loading.
export { RxpathInputError, formatProblem, type InputProblem } from './errors.ts';
export { profileSysctlDefaults, settingDefaults } from './defaults.ts';
export {
  PROFILES, allSpecEntries, listSpecEntries, getSpecEntry, similarSpecNames, profileDefaults,
  type SpecEntry, type SpecFilter, type SpecKind, type SpecScope, type ProfileAnnotation,
} from './registry.ts';
export { validateScenario, validateConfig, validateObservations, validateTraceEvent, validateAgainst } from './validate.ts';
export { loadScenarioFile, loadConfigFile, loadObservationsFile, loadJsonFile, parseJsonText } from './load.ts';
export { cpusInMask } from './semantic.ts';
export { getAjv, compileAll, createAjv, validatorFor, schemaFiles } from './ajv.ts';
