// A custom rule's regex is untrusted code (a config can come from a repository). Static analysis and load-time
// probes refuse the ones that backtrack super-linearly, and repetitions are capped, but a linear regex tried at
// every one of a megabyte of touching keyword hits still costs seconds (`aaa[a-z]*X` over a line of a's: 4-7 s).
// So each custom rule gets a time budget per item: past it, the rule is not tried on the rest of that item, and
// the item gets a note naming the rule. keylint's own rules are reviewed and held to a megabyte of adversarial
// input by test/detect/redos.test.ts: they are never timed or stopped.

/**
 * Milliseconds of searching one custom rule may spend on one item. An ordinary rule spends a few milliseconds on a
 * megabyte; this is hundreds of times that, so only content crafted against the rule (or a rule that is slow on
 * everything) reaches it. It is wall-clock time (performance.now costs 0.2 µs, the process's CPU time 5 µs, and
 * Node 20 has no per-thread CPU time): generous enough that a machine five times over-loaded stays far below it.
 */
export const CUSTOM_RULE_BUDGET_MS = 1000;

/**
 * After a rule has run out on this many items (in this thread), later items give it REDUCED_BUDGET_MS: a budget per
 * item alone let a 300 KB zip of 256 one-megabyte entries, each crafted against a rule, cost over four minutes. The
 * rule is never switched off: a key in another file is still found, as long as that file is not itself crafted.
 */
const FULL_BUDGET_ITEMS = 2;
/** Milliseconds a rule that already ran out on FULL_BUDGET_ITEMS items may spend on each further item. */
export const REDUCED_BUDGET_MS = 100;

/** By custom rule id: the items it ran out on, in this thread (each worker keeps its own count). */
const ranOut = new Map<string, number>();

/** Time spent by each custom rule on one item; a rule past its budget is stopped there. */
export class RuleBudget {
  private spent: Map<string, number> | undefined;
  /** Rules stopped on this item, in the order they ran out, with the budget each had. */
  readonly stopped: Array<{ id: string; ms: number }> = [];
  private timing = '';
  private limit = CUSTOM_RULE_BUDGET_MS;
  private since = 0;

  /** Starts timing rule `id`'s searches; false when it has already run out on this item. */
  start(id: string): boolean {
    if (this.stopped.some((s) => s.id === id)) return false;
    this.timing = id;
    this.limit = (ranOut.get(id) ?? 0) >= FULL_BUDGET_ITEMS ? REDUCED_BUDGET_MS : CUSTOM_RULE_BUDGET_MS;
    this.since = performance.now();
    return true;
  }

  /** Whether the rule being timed is still within its budget; once past it, it is stopped for the rest of the item. */
  within(): boolean {
    const used = (this.spent?.get(this.timing) ?? 0) + performance.now() - this.since;
    if (used <= this.limit) return true;
    if (!this.stopped.some((s) => s.id === this.timing)) {
      this.stopped.push({ id: this.timing, ms: this.limit });
      ranOut.set(this.timing, (ranOut.get(this.timing) ?? 0) + 1);
    }
    return false;
  }

  /** Stops timing, adding the time to the rule's account. */
  end(): void {
    this.spent ??= new Map();
    this.spent.set(this.timing, (this.spent.get(this.timing) ?? 0) + performance.now() - this.since);
  }

  /** The note for an item on which rules were stopped, if any. */
  note(): string | undefined {
    if (this.stopped.length === 0) return undefined;
    const each = this.stopped.map(({ id, ms }) => `"${id}" stopped after ${ms} ms`).join(', ');
    const them = this.stopped.length > 1 ? 'them' : 'it';
    return `custom rule${this.stopped.length > 1 ? 's' : ''} ${each} (its regex is slow on this content): rest of the file not searched for ${them}`;
  }
}
