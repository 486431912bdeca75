import type { Atom, AtomKind } from './compile.js';

/**
 * Combines number-word atoms into a value, left to right, and refuses atoms that would not continue a
 * well-formed numeral ("zwei drei" is two numbers, not five). The grammar is language-neutral; the two
 * word-order switches come from the tables (German "einundzwanzig", English "twenty-one").
 */
export interface CombinerOptions {
  unitsBeforeTens: boolean;
  tensBeforeUnits: boolean;
}

const NUMBERISH: ReadonlySet<AtomKind> = new Set(['unit', 'teen', 'tens', 'literal', 'mixed']);

export class Combiner {
  private total = 0;
  private group = 0;
  /** the additive run a following fraction applies to ("fünf und drei Viertel": the 3) */
  private sub = 0;
  private prev: AtomKind | null = null;
  private beforeJoiner: AtomKind | null = null;
  private needFraction = false;
  /** whether a digit literal was used (then tens/units words may not follow) */
  private sawLiteral = false;
  atoms = 0;

  constructor(private readonly opts: CombinerOptions) {}

  /** A copy (field by field: Object.assign was a hot spot of the numeral reader, which clones per word). */
  clone(): Combiner {
    return new Combiner(this.opts).copyFrom(this);
  }

  /** Takes over the state of another combiner (a trial that succeeded); returns this. */
  copyFrom(o: Combiner): this {
    this.total = o.total;
    this.group = o.group;
    this.sub = o.sub;
    this.prev = o.prev;
    this.beforeJoiner = o.beforeJoiner;
    this.needFraction = o.needFraction;
    this.sawLiteral = o.sawLiteral;
    this.atoms = o.atoms;
    return this;
  }

  get last(): AtomKind | null {
    return this.prev;
  }

  /** True when the atoms so far form a whole numeral (not ending in "und", not waiting for a fraction). */
  complete(): boolean {
    return this.atoms > 0 && this.prev !== 'joiner' && !this.needFraction;
  }

  value(): number {
    return this.total + this.group;
  }

  /** Try to add an atom; returns false (state unchanged) if it cannot continue the numeral. */
  accept(a: Atom): boolean {
    if (!this.allowed(a)) return false;
    this.apply(a);
    this.atoms++;
    return true;
  }

  private allowed(a: Atom): boolean {
    const p = this.prev;
    const k = a.kind;
    if (this.needFraction) return k === 'fraction';
    switch (p) {
      case null:
        return k !== 'joiner' && k !== 'fraction' && k !== 'add';
      case 'zero':
        return false;
      case 'literal':
        return k === 'hundred' || k === 'scale' || k === 'fraction';
      case 'unit':
        if (k === 'joiner') return true;
        if (k === 'hundred') return this.group === this.sub;
        return k === 'scale' || k === 'fraction' || k === 'add';
      case 'teen':
        if (k === 'hundred') return this.group === this.sub;
        return k === 'scale' || k === 'fraction' || k === 'add' || k === 'joiner';
      case 'tens':
        if (k === 'unit') return this.opts.tensBeforeUnits && !this.sawLiteral;
        return k === 'scale' || k === 'fraction' || k === 'add' || k === 'joiner';
      case 'hundred':
        return k === 'unit' || k === 'teen' || k === 'tens' || k === 'scale' || k === 'joiner';
      case 'scale':
        if (k === 'scale') return this.group === 0 && a.value > 12;
        return k === 'unit' || k === 'teen' || k === 'tens' || k === 'hundred' || k === 'joiner' || k === 'mixed';
      case 'fraction':
      case 'add':
      case 'mixed':
        return k === 'scale';
      case 'joiner': {
        const b = this.beforeJoiner;
        if (b === 'hundred' || b === 'scale') return k === 'unit' || k === 'teen' || k === 'tens' || k === 'hundred';
        if (b === 'unit' && k === 'tens' && this.opts.unitsBeforeTens) return true;
        if (k === 'fraction') return NUMBERISH.has(b ?? 'zero');
        // between words: "fünf und drei Viertel" — complete only once the fraction has come
        return NUMBERISH.has(b ?? 'zero') && (k === 'unit' || k === 'teen' || k === 'tens');
      }
      default:
        return false;
    }
  }

  private apply(a: Atom): void {
    const p = this.prev;
    switch (a.kind) {
      case 'zero':
      case 'unit':
      case 'teen':
      case 'tens':
      case 'literal':
      case 'mixed': {
        if (a.kind === 'literal') this.sawLiteral = true;
        if (p === 'joiner' && (this.beforeJoiner === 'unit' || this.beforeJoiner === 'teen' || this.beforeJoiner === 'tens' || this.beforeJoiner === 'literal' || this.beforeJoiner === 'mixed')) {
          if (a.kind === 'tens' && this.beforeJoiner === 'unit' && this.opts.unitsBeforeTens) {
            this.group += a.value;
            this.sub += a.value;
          } else {
            // "fünf und drei Viertel": a new run that a fraction must follow
            this.needFraction = true;
            this.group += a.value;
            this.sub = a.value;
          }
        } else if (p === 'joiner' || p === 'hundred' || p === 'scale') {
          this.group += a.value;
          this.sub = a.value;
        } else if (p === 'tens' && a.kind === 'unit') {
          this.group += a.value;
          this.sub += a.value;
        } else {
          this.group += a.value;
          this.sub = a.value;
        }
        break;
      }
      case 'joiner':
        this.beforeJoiner = p;
        // German "einund…" inside a word: only tens may follow ("einundzwanzig"), unless a fraction
        // follows ("einundhalb") — accepted in allowed() via the joiner branch.
        break;
      case 'hundred': {
        // "zweihundert": the run before multiplies; bare "hundert" (or after a scale) is one hundred
        if (p === null || p === 'scale' || p === 'joiner') this.group += 100;
        else this.group = this.group - this.sub + this.sub * 100;
        this.sub = 0;
        break;
      }
      case 'scale': {
        const s = a.value;
        if (p === 'scale' && this.group === 0) this.total *= s;
        else {
          const g = this.group === 0 ? 1 : this.group;
          if (this.total !== 0 && this.total < s) this.total = (this.total + g) * s;
          else this.total += g * s;
        }
        this.group = 0;
        this.sub = 0;
        break;
      }
      case 'fraction': {
        if (p === 'joiner' && this.beforeJoiner !== 'joiner') {
          // "einundhalb": one and a half
          this.group += a.value;
        } else {
          const base = this.sub === 0 ? 1 : this.sub;
          this.group = this.group - this.sub + base * a.value;
        }
        this.sub = 0;
        this.needFraction = false;
        break;
      }
      case 'add':
        this.group += a.value;
        this.sub = 0;
        break;
    }
    this.prev = a.kind;
  }
}
