import type { SourceKind } from '../../core/claim.js';
import type { EventKind } from '../types.js';

/**
 * Lexicon entries for the generator. Strings may hold placeholders that the renderer fills:
 * {A} = adjective stem of the story's country (German: "ukrainisch"; English: "Ukrainian"),
 * {C} = country name, {P} = place, {N} = person name, {R} = role.
 */
export interface GenCountry {
  code: string;
  name: string;
  /** German: adjective stem without ending ("ukrainisch"); English: the adjective ("Ukrainian") */
  adj: string;
  /** German: demonym plural ("Ukrainer"); English: demonym plural ("Ukrainians") */
  people: string;
  capital: string;
  places: readonly string[];
  /** armed conflict stories may be set here */
  conflict: boolean;
}

/** A speaker form table. German needs the cases; English uses only nom/short/pron. */
export interface SpeakerForms {
  kind: SourceKind;
  nom: string;
  dat: string;
  gen: string;
  /** a later, shorter mention: surname or a definite description */
  short: string;
  pron: string;
  plural: boolean;
}

export interface RoleEntry {
  m: string;
  f: string;
  /** German genitive of the masculine/feminine role noun (for "nach Angaben des Sprechers"); English: same as m/f */
  genM: string;
  genF: string;
  /** organisation phrase following the role ("des {A}en Innenministeriums"), may be empty */
  of: string;
  /** events this role talks about; empty = any */
  events: readonly EventKind[];
}

export interface OrgEntry extends Omit<SpeakerForms, 'kind'> {
  kind: SourceKind;
  events: readonly EventKind[];
}

export interface Outlet {
  name: string;
  domain: string;
}
