// Which twins in eval/normalize/ the heuristics were tuned on, and which are held out.
export const TUNING = ['seed-000', 'seed-002', 'council-a'];
export const HELD_OUT = ['seed-003', 'seed-004', 'council-b'];
