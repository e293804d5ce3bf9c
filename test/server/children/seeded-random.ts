// A seeded generator (the corpus generator's mulberry32), so a run's kill points and retries are the same plan each
// time (the scheduler still decides what exactly is in flight at each point).
export { mulberry32 as seededRandom } from '../../../scripts/nlu/util';
