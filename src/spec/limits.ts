// rxpath's limits on what it is given, in one place (README.md "Exit codes and limits" lists them).
// Input beyond a limit is bad input (exit 2), refused before any work is done.

/** The largest input file rxpath reads (a scenario, a config, a golden trace): 16 MiB; the whole corpus is about 2 MiB. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** How deep objects and arrays may nest in JSON input; rxpath's own inputs nest fewer than 10 levels. */
export const JSON_MAX_DEPTH = 64;

/**
 * The most frames one scenario may inject (the sum of its frames steps' counts): 100 million. The
 * model processes a few million frames a second, so a scenario within the limit runs in about a
 * minute at most; one of 1e12 frames would run for days without a word.
 */
export const MAX_SCENARIO_FRAMES = 100_000_000;
