/** The same seed gives the same sequence of numbers in [0, 1) in every run. */
export function mulberry32(seed: number): () => number;
