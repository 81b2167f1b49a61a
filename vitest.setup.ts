import fc from 'fast-check';

// Property tests draw new random inputs on every run, in CI too: a fixed seed would turn them
// into fixed examples. The seed is printed, and FC_SEED=<seed> npm run test:unit replays a run;
// a failing property also prints its seed and the shrunk counterexample.
const seed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : Date.now() ^ (Math.random() * 2 ** 31);
fc.configureGlobal({ seed });
console.log(`fast-check seed ${seed} (replay with FC_SEED=${seed})`);
