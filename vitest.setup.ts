import fc from 'fast-check';

// Property tests explore new random inputs on every local run; in CI they replay one fixed seed,
// so a submission passes or fails on its code alone. A failure prints its seed and input.
if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
