import type { Claim, ClaimSource, Hedge, Measure, Speech } from '../core/claim.js';
import type { Document } from '../core/document.js';
import type { QuantitySpan } from '../core/quantity.js';
import type { Span } from '../core/span.js';
import type { TimeSpan } from '../core/time-value.js';
import type { LanguagePack } from '../lang/types.js';
import type { Token } from '../text/tokens.js';
import type { ClaimTables } from './tables.js';
import { getPack, hasPack } from '../lang/index.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokens.js';
import { extractQuantities } from '../quantity/extract.js';
import { extractTimes } from '../time/extract.js';
import { namedBodyBefore } from './antecedent.js';
import { bodyNamedInPassing, clauseMarks, clauseOf, compileSpeech, findFrames, resolveMention, subjectMention, tokenIndexAt, type Frame, type Speaker } from './attribution.js';
import { findQuotes, quoteAt, type Quote } from './quotes.js';
import { measureHits, measureOf, measureOfUnit, type MeasureHit } from './measure.js';
import { actorBefore, compileSubjects, countedAfter, countedOfCountHead, findGroups, kindOfNoun, type Counted, type Group } from './subject.js';
import { findPlaces, placeOf, type Place } from './place.js';
import { scopeCues, scopeOf, type ScopeCues } from './scope.js';
import { hedgePositions, isDisclaimer, orderHedges, sentenceHedges } from './hedges.js';
import { isCapitalised, UNATTRIBUTED } from './source.js';
import { cached, hasWordMatch } from './pattern.js';
import { countryIndex, mergeCountryTokens } from './countries.js';
import { mergeTruncatedBodies } from './truncation.js';
import { shapedKonjunktiv } from './konjunktiv-shape.js';
import { complementWords } from './complement.js';
import { invertedBodySubject } from './attribution.js';
import { isBodySource, statisticLead } from './statistic-lead.js';
import { sentenceWords } from './words.js';

/**
 * Claim extraction: one document → the claims it contains (../shared/claim-schema.md).
 *
 * Which figures are claims (a decision, kept in one place, `claimMeasure` below):
 * - a figure governed by a measure word of the vocabulary (killed ... arrested);
 * - money, percent (and percentage points), area — decided by the unit;
 * - a count of people without a measure word ("600.000 Soldaten in der Ukraine") → measure `other`;
 * - a count of things written in digits with a counted noun ("300 Panzer", "1.500 Drohnen") → `other`.
 * Not claims: dates, years, clock times, ordinals, article numbers, ages and durations (the quantity engine's
 * other kinds); figures with other units (distances, weights, temperatures); bare numbers with neither a counted
 * noun nor a measure word; spelled-out small counts of things ("zwei Länder"); indefinite articles ("ein");
 * figures glued to letters (France24, F-16).
 *
 * Passes over the document, each linear: sentences, figures and quotes once; then per sentence tokens, clause
 * marks, attribution frames (speakers resolved in reading order); then the claims of the sentences with figures.
 */
export function extractClaims(doc: Document): Claim[] {
  // An article in a language we have no pack for is kept (and flagged by its `language`), never read with
  // another language's rules: German rules on French text would invent claims. Unknown language → German.
  if (doc.language && !hasPack(doc.language)) return [];
  return extractWithPack(doc, getPack(doc.language ?? 'de'));
}

interface SentenceInfo {
  span: Span;
  tokens: Token[];
  marks: number[];
  frames: Frame[];
  groups: Group[];
  headline: boolean;
  figures: QuantitySpan[];
  /** the source of a survey this sentence cites ("laut einer Umfrage der DIHK"): its respondents speak through it */
  survey: ClaimSource | null;
}

export function extractWithPack(doc: Document, pack: LanguagePack): Claim[] {
  const text = doc.text;
  const tables = pack.claims;
  const from = Math.min(doc.bodyStart, text.length);
  const quantities = extractQuantities(text, pack, from, text.length).map((q) => sentenceFinalCardinal(text, q, tables));
  const figures = quantities.filter((q) => isFigure(text, q, tables));
  if (figures.length === 0) return [];

  const quotes = findQuotes(text, tables.speech.quotes, from, text.length);
  const spans = readSentences(splitSentences(text, pack, from, text.length), figures, quotes);

  const countries = countryIndex(tables.countries);
  // pass 1: per sentence tokens, frames (with speakers resolved in reading order), groups
  const history: Speaker[] = [];
  const docRef = documentReference(tables);
  const infos: SentenceInfo[] = [];
  let fi = 0;
  for (const span of spans) {
    const plain = tokenize(text, pack, span.start, span.end);
    // the sentence's words for the table scans, read along with its tokens (one lookup per word)
    sentenceWords(text, span.start, span.end, plain);
    const merged = mergeCountryTokens(plain, text, countries);
    const tokens = tables.nounsCapitalised ? mergeTruncatedBodies(merged, text) : merged;
    const marks = clauseMarks(tokens, complementWords(tables));
    const frames = findFrames(text, span, tokens, marks, quotes, tables);
    for (const f of frames) {
      if (!f.mention) {
        // "Die Caritas legte einen Bericht vor. …, heißt es in dem Bericht.": the document spoken of refers to its issuer
        if (f.continues && f.kind === 'prep' && docRef && docRef.test(text.slice(f.start, f.end))) {
          const body = history[history.length - 1];
          if (body && (body.source.kind === 'organisation' || body.source.kind === 'government') && body.source.organisation) f.source = body.source;
        }
        continue;
      }
      f.source = seatOfLastBody(f, resolveMention(f.mention, history, tables), history);
      // English "the company said" with no body of its type among the speakers: the last one the text named in passing
      if (f.mention.anaphoricOrg && f.source === f.mention.source) f.source = namedBodyBefore(text, f.mention.start, from, f.mention.source.text ?? '', f.source.kind, tables) ?? f.source;
      // German "nach Angaben der Organisation" after "eine Petition der Deutschen Umwelthilfe": a body named in passing
      // (one in the same sentence is nearer than any speaker before; one in the sentence before only when nothing resolved)
      if (f.mention.anaphoricOrg) {
        const prev = infos[infos.length - 1];
        const unresolved = f.source === f.mention.source;
        f.source = bodyNamedInPassing(f.mention, tokens, f.mention.start, text, tables)
          ?? (unresolved && prev && !prev.headline ? bodyNamedInPassing(f.mention, prev.tokens, prev.span.end, text, tables) : null) ?? f.source;
      }
      if (f.source.kind !== 'unattributed') history.push({ source: f.source, roleBase: f.mention.roleBase, official: f.mention.official });
    }
    if (frames.length === 0) {
      const m = subjectMention(text, span, tokens, tables);
      // a subject that may speak later ("Der Polizeipräsident lobte ... Nach seinen Angaben"); a definite one resolved first
      const body = m && (m.source.kind === 'government' || m.source.kind === 'organisation') && !!m.source.organisation;
      if (m && (m.source.kind === 'person' || m.source.kind === 'anonymous_official' || body)) history.push({ source: m.definite || m.anaphoricOrg || m.spokesBody ? resolveMention(m, history, tables) : m.source, roleBase: m.roleBase, official: m.official });
      // "Wegen Betrugs hat die Staatsanwaltschaft Leipzig Anklage erhoben": a named body after the auxiliary
      const inv = m ? null : invertedBodySubject(text, span, tokens, tables);
      if (inv) history.push({ source: inv.source, roleBase: inv.roleBase, official: inv.official });
    }
    const figs: QuantitySpan[] = [];
    while (fi < figures.length && figures[fi]!.start < span.end) {
      if (figures[fi]!.start >= span.start) figs.push(figures[fi]!);
      fi++;
    }
    infos.push({ span, tokens, marks, frames, groups: findGroups(text, tokens, span.start, span.end, tables), headline: isHeadline(text, span), figures: figs, survey: surveySource(text, frames, tables) });
  }

  // pass 2: who speaks each direct quote
  const quoteSources = new Map<Quote, ClaimSource>();
  for (const q of quotes) {
    if (!q.speech) continue;
    const src = quoteSpeaker(text, q, infos);
    if (src) quoteSources.set(q, src);
  }

  // pass 3: claims
  const claims: Claim[] = [];
  const sc = compileSpeech(tables);
  let last: { source: ClaimSource; sentence: number } | null = null;
  let lastSurvey: { source: ClaimSource; sentence: number } | null = null;
  const memory: Memory = { last: null, kindByCountry: new Map() };
  for (let s = 0; s < infos.length; s++) {
    const info = infos[s]!;
    const lastBefore = last;
    if (info.survey) lastSurvey = { source: info.survey, sentence: s };
    const explicit = info.frames.filter((f) => f.source && f.source.kind !== 'unattributed');
    const continues = info.frames.some((f) => f.continues);
    // Konjunktiv and hearsay words (a scan of the sentence each) are looked for only where a speaker before could carry on
    let konj: boolean | undefined;
    let hearsay: boolean | undefined;
    let continued = false;
    let passive: { word: string; hedge?: Hedge } | null | undefined;
    if (info.figures.length) {
      const hits = measureHits(text, info.span, tables);
      // what only a claim needs (hedges, places, scope cues, the time engine's run) is read at the sentence's first claim
      let hedges: Set<Hedge> | undefined;
      let projections: number[] | undefined;
      let places: Place[] | undefined;
      let cues: ScopeCues | undefined;
      let times: TimeSpan[] | undefined;
      const excluded = info.frames.map((f) => frameExtent(f));
      let prevCounted: { counted: string | null; subject: Claim['subject'] } | null = null;
      for (let k = 0; k < info.figures.length; k++) {
        const fig = info.figures[k]!;
        // "Mehrere Beamte sagten", "two officials said": a number inside the speaker phrase counts speakers, no claim
        if (info.frames.some((f) => f.mention && !f.mention.pronoun && f.mention.start <= fig.start && fig.end <= f.mention.end)) continue;
        const prevEnd = k > 0 ? info.figures[k - 1]!.end : info.span.start;
        const nextStart = k + 1 < info.figures.length ? info.figures[k + 1]!.start : info.span.end;
        const inserted = acrossInsertion(text, info.marks, info.span, clauseOf(info.marks, info.span, fig.start), tables);
        const clause = inserted.clause;
        // "sieben Menschen, darunter vier Kinder, verletzt": the verb after the insertion governs both figures
        const measureNext = inserted.skip > nextStart ? (info.figures.find((f) => f.start > inserted.skip)?.start ?? info.span.end) : nextStart;
        // a capitalised noun right after the figure before is that figure's own ("600 Polizisten durchsuchten ...
        // 40 Wohnungen"): it does not govern this one from the left
        const own = k > 0 ? hits.filter((h) => !(h.start - prevEnd <= 1 && h.start >= prevEnd && /^\p{Lu}/u.test(text.charAt(h.start)))) : hits;
        const mh = measureOf(own, fig, clause, info.span, prevEnd, measureNext);
        const ti = tokenIndexAt(info.tokens, fig.end);
        const unitMeasure = measureOfUnit(fig.value.unit);
        const counted = unitMeasure === 'money' || unitMeasure === 'area' ? null
          : countedAfter(text, info.tokens, ti, nextStart, tables, unitMeasure === 'percent');
        // "18 Menschen wurden verletzt, drei von ihnen schwer": a part of the figure before, with its measure
        const partitive = k > 0 && tables.measures.partitive.some((p) => text.startsWith(p, fig.end + 1)) ? claims[claims.length - 1] : undefined;
        if (partitive && partitive.span.start >= info.span.start) {
          claims.push({ ...partitive, id: `${doc.id}#${claims.length + 1}`, text: fig.text, span: { start: fig.start, end: fig.end }, value: fig.value, hedges: [...partitive.hedges], source: { ...partitive.source } });
          continue;
        }
        if (isDenominatorOrBound(text, fig, info.span, tables)) continue;
        // "zwölf von 14 Landkreisen": the whole a part is counted against
        if (k > 0 && tables.measures.denominatorLinks.includes(text.slice(prevEnd, fig.start).trim())) continue;
        let measure = claimMeasure(fig, unitMeasure, mh && (/\d/u.test(fig.text) || fig.value.vague || (fig.value.max ?? 0) >= 13 || (mh.start >= clause.start && mh.end <= clause.end)) ? mh : null, counted, text, tables)
          ?? (!counted && !fig.value.unit && (bareCount(text, fig, clause, info.tokens, tables) || ellipticCount(text, fig, claims, info.span, prevCounted)) ? 'other' : null);
        let value = fig.value;
        // "Der Bedarf liegt bei 4 Milliarden Dollar. Davon fehlten noch 1,7 Milliarden.": the sum's currency carries over
        // (a part of it: "Davon …" opening the next sentence, or "…, davon 1,7 Milliarden" in the same one; not a
        // conversion or range partner in brackets)
        const lead = !measure && !counted && !fig.value.unit && s > 0 && partitiveLead(text, info.span, info.figures, tables);
        const inner = !measure && !counted && !fig.value.unit && tables.measures.partitive.some((p) => text.slice(Math.max(info.span.start, fig.start - p.length - 2), fig.start).trimEnd().toLowerCase().endsWith(p));
        const currency = lead || inner ? carriedCurrency(fig, claims, lead ? infos[s - 1]!.span.start : info.span.start, tables) : null;
        if (currency) {
          measure = 'money';
          value = { ...fig.value, unit: currency };
        }
        if (!measure) continue;

        // attribution
        let source: ClaimSource = UNATTRIBUTED;
        let speech: Speech = 'none';
        const extraHedges: Hedge[] = [];
        const q = quoteAt(quotes, fig.start);
        let frame = q || !explicit.length ? null : chooseFrame(explicit, fig, clause, text, sc.coordinators);
        // "Die Banken hätten nach eigener Schätzung 300 Millionen ausgegeben, erklärte der Verband": "own" is the
        // speaker's whose reporting verb closes the sentence; that verb speaks for the figure
        if (frame && frame.kind === 'prep' && sc.self.test(text.slice(frame.start, frame.end))) {
          const closing = explicit.find((f) => f.kind === 'verb' && f.clause.start > fig.end && f.speech === 'indirect' && f.clause.end >= info.span.end - 1);
          if (closing) frame = { ...closing, hedge: closing.hedge ?? frame.hedge };
        }
        if (q) {
          speech = 'direct';
          // "Er habe „nie mehr als 40.000 Euro“ erhalten, sagte X": a quoted phrase inside a sentence its frame attributes
          const outside = !quoteSources.has(q) && q.start > info.span.start + 1 ? explicit.filter((f) => f.start >= q.end || f.end <= q.start) : [];
          const inner = outside.length ? chooseFrame(outside, fig, clause, text, sc.coordinators) : null;
          source = quoteSources.get(q) ?? inner?.source ?? (last && s - last.sentence <= 2 ? last.source : UNATTRIBUTED);
        } else if (frame) {
          source = frame.source!;
          speech = frame.speech;
          if (frame.hedge) extraHedges.push(frame.hedge);
        } else if (last && s - last.sentence <= 3 && (continues || (konj ??= hasOutsideQuotes(sc.konjunktiv, text, info.span, quotes) || shapedKonjunktiv(info.tokens, tables)))) {
          source = last.source;
          speech = 'indirect';
          continued = true;
        } else if (last && s - last.sentence <= 2 && (passive ??= passiveLead(info.tokens, tables)) !== null) {
          // "Gefordert werden 300 Stellen": a passive of saying or demanding goes on with the last speaker's words
          source = last.source;
          speech = 'reported';
          continued = true;
          if (passive.hedge) extraHedges.push(passive.hedge);
        } else if (last && last.sentence === s - 1 && (
          (hearsay ??= hasOutsideQuotes(sc.hearsay, text, info.span, quotes)
            // "Die Brigade soll bis 2027 auf 4.800 Soldaten anwachsen": a plan with a target date is nobody's hearsay
            && !(sc.plan && sc.plan.test(text.slice(info.span.start, info.span.end))))
          // "Mehr als 400 weitere wurden verletzt": a sentence that goes on counting from the figure before keeps its source
          || furtherLead(text, info.span, info.figures, tables)
          // "Drei von ihnen wurden …", "Darunter sind 40 Kinder": a part of the figure before, counted by the same source
          || partitiveLead(text, info.span, info.figures, tables)
          // "Das waren 13 Prozent mehr als ein Jahr zuvor": a sentence about what the one before said keeps its source
          || demonstrativeLead(info.tokens, tables)
          // "Die Zahl der Verbraucherinsolvenzen stieg um 7,2 Prozent": a statistic moving, after a body's statistics
          || (isBodySource(last.source) && statisticLead(text, info.span, tables)))) {
          source = last.source;
          speech = 'reported';
          continued = true;
        }
        // "37 Prozent der Befragten gaben an": the respondents of the survey cited shortly before
        if (source.kind === 'unattributed' && lastSurvey && s - lastSurvey.sentence <= 3 && respondentsAfter(text, fig.end, tables)) {
          source = lastSurvey.source;
          speech = 'reported';
        }
        for (const f of info.frames) if (!f.source && f.hedge && f.start <= fig.start) extraHedges.push(f.hedge);

        const subj: { counted: string | null; subject: Claim['subject'] } = measure === 'money' || measure === 'area'
          ? { counted: null, subject: null }
          : subjectOf(text, info, fig, clause, counted, mh, hits, prevCounted, memory, tables);
        if (subj.counted || subj.subject) prevCounted = subj;
        const place = placeOf((places ??= findPlaces(text, info.tokens, info.span.start, info.span.end, tables)), fig, clause, excluded);
        hedges ??= sentenceHedges(text, info.span, tables);
        const projected = (projections ??= hedges.has('projection') ? hedgePositions(text, info.span, tables, 'projection') : []);
        claims.push({
          id: `${doc.id}#${claims.length + 1}`,
          doc: doc.id,
          text: fig.text,
          span: { start: fig.start, end: fig.end },
          sentence: { start: info.span.start, end: info.span.end },
          value,
          measure,
          counted: subj.counted,
          subject: subj.subject,
          place: place ? { text: place.text, name: place.name } : null,
          scope: scopeOf(text, fig, clause, info.span, (times ??= timesOf(text, pack, doc.publishedAt, info.span)), (cues ??= scopeCues(text, info.span, tables)), excluded, doc.publishedAt),
          source: { ...source },
          speech,
          hedges: orderHedges([...hedges, ...extraHedges].filter((h) => h !== 'projection' || projects(text, projected, fig, clause) || extraHedges.includes(h))),
        });
      }
    }
    // "Im Kreis starben 40 Menschen. Das teilte die Behörde mit.": the attribution is the sentence after
    // "Diese Zahlen stellte die Ministerin vor.": the demonstrative with a noun of stated figures, likewise
    if (!info.figures.length && explicit.length && s > 0 && tables.speech.anaphora.includes(info.tokens[0]?.text ?? '')
      && (!isCapitalised(info.tokens[1]) || !!tables.speech.anaphoraNouns?.includes(info.tokens[1]?.text ?? ''))) {
      const prevSpan = { ...infos[s - 1]!.span };
      // "Zum Stichtag fehlten 72.400 Lehrstellen. Gleichzeitig gingen 31.800 Bewerber leer aus. Das geht aus der Bilanz
      // der Agentur hervor.": two frameless sentences of one paragraph before are both what "Das" sums up
      const two = s > 1 && !infos[s - 1]!.frames.length && !infos[s - 2]!.frames.length && !infos[s - 2]!.headline
        && !text.slice(infos[s - 2]!.span.start, info.span.start).includes('\n');
      if (two) prevSpan.start = infos[s - 2]!.span.start;
      // "Die Bundesregierung stellt 50 Millionen bereit. Das kündigte die Ministerin an.": an act's subject yields to the speaker
      const prevAct = infos[s - 1]!.frames.length > 0 && infos[s - 1]!.frames.every((f) => f.act || !f.source);
      for (const c of claims) {
        if (c.span.start >= prevSpan.start && c.span.end <= prevSpan.end && (c.source.kind === 'unattributed' || (prevAct && c.speech !== 'direct'))) {
          c.source = { ...explicit[0]!.source! };
          c.speech = 'reported';
        }
      }
    }
    // "Bei dem Brand starben 27 Menschen. Die meisten Opfer seien junge Leute, teilte das Ministerium mit.": a sentence
    // stated without any frame, then reported speech closed by its speaker: that speaker gave the figures before too
    // (within one paragraph, and only when no speaker is still live from before: then the figure is that one's or the outlet's)
    if (s > 0 && explicit.length && !infos[s - 1]!.frames.length && !infos[s - 1]!.headline && reportedAfterContent(explicit[0]!, info.span)
      && !text.slice(infos[s - 1]!.span.end, info.span.start).includes('\n') && !(lastBefore && lastBefore.sentence >= s - 3)
      && (konj ??= hasOutsideQuotes(sc.konjunktiv, text, info.span, quotes) || shapedKonjunktiv(info.tokens, tables))) {
      const prevSpan = infos[s - 1]!.span;
      for (const c of claims) {
        if (c.span.start >= prevSpan.start && c.span.end <= prevSpan.end && c.source.kind === 'unattributed' && c.speech === 'none') {
          c.source = { ...explicit[0]!.source! };
          c.speech = 'reported';
        }
      }
    }
    // "Mindestens 19 Menschen starben. Mehr als 40 weitere wurden verletzt, wie die Polizei mitteilte.": a sentence that
    // goes on counting from the one before and names its speaker names the speaker of the count it continues (the
    // sentence before has no frame of its own and no speaker live from before; same paragraph)
    if (s > 0 && explicit.length && info.figures.length && !infos[s - 1]!.frames.length && !infos[s - 1]!.headline
      && !text.slice(infos[s - 1]!.span.end, info.span.start).includes('\n') && !(lastBefore && lastBefore.sentence >= s - 3)
      && (furtherLead(text, info.span, info.figures, tables) || partitiveLead(text, info.span, info.figures, tables))) {
      const prevSpan = infos[s - 1]!.span;
      // only a reporting verb closing the sentence speaks for the report as a whole; a prepositional "nach Angaben der
      // Feuerwehr" inside it is scoped to its own clause
      const verb = explicit.find((f) => f.kind === 'verb' && f.clause.start > info.span.start);
      const own = verb ? claims.find((c) => c.span.start >= info.span.start && c.source.kind !== 'unattributed' && c.speech !== 'direct' && c.source.name === verb.source!.name) : undefined;
      if (own) {
        for (const c of claims) {
          if (c.span.start >= prevSpan.start && c.span.end <= prevSpan.end && c.source.kind === 'unattributed' && c.speech === 'none') {
            c.source = { ...own.source };
            c.speech = 'reported';
          }
        }
      }
    }
    // "The company disputed that figure, saying only 300 had joined": the denial is of the earlier figure, not of its own
    if (info.frames.some((f) => f.hedge === 'denial' && DENIAL_OF_EARLIER.test(text.slice(f.start, f.clause.end)))) {
      for (const c of claims) if (c.span.start >= info.span.start) c.hedges = c.hedges.filter((h) => h !== 'denial');
      const earlier = claims.filter((c) => c.span.start < info.span.start && s > 0 && c.span.start >= infos[Math.max(0, s - 2)]!.span.start);
      const lastSentence = earlier.length ? earlier[earlier.length - 1]!.sentence.start : -1;
      for (const c of earlier) if (c.sentence.start === lastSentence && !c.hedges.includes('denial')) c.hedges = orderHedges([...c.hedges, 'denial']);
    }
    // a disclaimer sentence qualifies the figures of its own and the previous sentence (claims are in text order:
    // the last one tells whether there is any to qualify)
    const lo = s > 0 ? infos[s - 1]!.span.start : info.span.start;
    if (claims.length > 0 && claims[claims.length - 1]!.span.start >= lo && isDisclaimer(text, info.span, tables)) {
      for (const c of claims) if (c.span.start >= lo && !c.hedges.includes('unverified')) c.hedges = orderHedges([...c.hedges, 'unverified']);
    }
    // the speaker state for the next sentences
    const lastFrame = explicit.length ? explicit[explicit.length - 1]! : null;
    const quoteHere = quotes.find((q) => q.speech && q.start >= info.span.start && q.start < info.span.end && quoteSources.has(q));
    if (lastFrame) last = { source: lastFrame.source!, sentence: s };
    else if (quoteHere) last = { source: quoteSources.get(quoteHere)!, sentence: s };
    else if (last && (continued || quoteAt(quotes, info.span.start) || (s - last.sentence <= 3 && (continues || (konj ??= hasOutsideQuotes(sc.konjunktiv, text, info.span, quotes) || shapedKonjunktiv(info.tokens, tables)))))) last = { source: last.source, sentence: s };
    if (info.headline) last = null;
    for (const g of info.groups) remember(memory, g);
  }
  return claims;
}

/**
 * The currency of the last sum of money (in this sentence or the one before) when the figure ends in a bare magnitude
 * word ("1,7 Milliarden"), or null.
 */
function carriedCurrency(fig: QuantitySpan, claims: Claim[], from: number, tables: ClaimTables): string | null {
  const re = magnitudeEnd(tables);
  const prev = claims[claims.length - 1];
  if (!re || !prev || prev.measure !== 'money' || !prev.value.unit || prev.span.start < from || !re.test(fig.text)) return null;
  return prev.value.unit;
}

const magnitudeEnd = cached((t: ClaimTables): RegExp | null => t.measures.bareMagnitude ? new RegExp(`(?<![\\p{L}])(?:${t.measures.bareMagnitude})$`, 'u') : null);

/** "Gefordert werden …", "Verlangt wird …": the passive lead that opens the sentence (a participle, then a form of werden), or null. */
function passiveLead(tokens: Token[], tables: ClaimTables): { word: string; hedge?: Hedge } | null {
  const leads = tables.speech.passiveLeads;
  const first = tokens[0]?.text;
  if (!leads || !first) return null;
  const lead = leads.find((l) => l.word === first);
  return lead && /^(?:wird|werden|wurde|wurden|würden)$/u.test(tokens[1]?.text ?? '') ? lead : null;
}

/** "…, teilte das Ministerium mit": a verb frame after its content, opening a later clause of the sentence. */
function reportedAfterContent(f: Frame, sentence: Span): boolean {
  return f.kind === 'verb' && f.speech === 'indirect' && f.clause.start > sentence.start && !!f.mention && f.mention.start >= f.start;
}

/**
 * The sentences that can bear on a claim: up to two after the last figure's sentence (a sentence reaches back two
 * at most: "Das teilte die Behörde mit." names the speaker of the one before, a denial "of that figure" qualifies
 * the two before, a disclaimer the one before), and on to the end of every quote opened before that, whose speaker
 * may be named after it („… 40 Tote. …“, sagte X). Speakers and groups only flow forward, so the sentences after
 * these change nothing: they are not read (news articles often end in background without figures).
 */
function readSentences(spans: Span[], figures: QuantitySpan[], quotes: Quote[]): Span[] {
  const lastFigure = figures[figures.length - 1]!.start;
  let s = 0;
  while (s < spans.length && spans[s]!.end <= lastFigure) s++;
  if (s + 3 >= spans.length) return spans;
  let limit = spans[s + 2]!.end;
  for (let grew = true; grew; ) {
    grew = false;
    for (const q of quotes) {
      if (q.start < limit && q.end > limit) {
        limit = q.end;
        grew = true;
      }
    }
  }
  let n = s + 3;
  while (n < spans.length && spans[n]!.start < limit) n++;
  return n === spans.length ? spans : spans.slice(0, n);
}

/**
 * "Das Verteidigungsministerium stellte es anders dar. …, hieß es in Moskau.": a capital after "hieß es in/aus" is the
 * seat of the body of its country spoken of just before, not the government at large.
 */
function seatOfLastBody(f: Frame, source: ClaimSource, history: Speaker[]): ClaimSource {
  if (f.kind !== 'prep' || source.kind !== 'government' || source.role || source.organisation || !source.country || /\s/u.test(source.text ?? ' ')) return source;
  const last = history[history.length - 1];
  const body = last && (last.source.kind === 'government' || last.source.kind === 'organisation') && !!last.source.organisation;
  return body && last.source.country === source.country ? last.source : source;
}

/**
 * "Die Zahl stieg auf 85." — a number whose period ends the sentence is a cardinal, not an ordinal, unless an
 * article or a contracted preposition stands before it ("am 3.", "der 5."). The quantity engine reads such a
 * period as an ordinal mark; here the figure is taken back without the period.
 */
function sentenceFinalCardinal(text: string, q: QuantitySpan, tables: ClaimTables): QuantitySpan {
  if (q.kind !== 'ordinal' || !q.text.endsWith('.') || !/^\d[\d.,]*\.$/u.test(q.text)) return q;
  const after = text.slice(q.end, q.end + 3);
  if (!(after === '' || /^(?:\s*$|\s*\n|\s+[\p{Lu}„"»“])/u.test(after))) return q;
  const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, q.start - 20), q.start));
  if (before && tables.ordinalDeterminers.includes(before[1]!.toLowerCase())) return q;
  const end = q.end - 1;
  return { ...q, end, text: text.slice(q.start, end), kind: 'quantity', rule: `${q.rule}+claims/sentence-final-cardinal` };
}

/**
 * Time expressions of a sentence. A failure of the time engine on one sentence costs that sentence its scopes,
 * not the article its claims.
 */
function timesOf(text: string, pack: LanguagePack, reference: string | null, span: Span): TimeSpan[] {
  try {
    return extractTimes(text, pack, { reference }, span.start, span.end);
  } catch {
    return [];
  }
}

/** A figure that can be a claim: a quantity, not an article, not glued to letters (France24, F-16). */
function isFigure(text: string, q: QuantitySpan, tables: ClaimTables): boolean {
  if (q.kind !== 'quantity') return false;
  if (tables.notFigures.includes(q.text.toLowerCase())) return false;
  const before = q.start > 0 ? text.charAt(q.start - 1) : '';
  if (/[\p{L}\p{N}]/u.test(before)) return false;
  if ((before === '-' || before === '/') && q.start > 1 && /[\p{L}\p{N}]/u.test(text.charAt(q.start - 2))) return false;
  const after = text.charAt(q.end);
  if (after === '-' && /\p{L}/u.test(text.charAt(q.end + 1)) && !/^[\p{L}]/u.test(q.text)) return false;
  return true;
}

/**
 * A clause widened across an inserted part ("fünf Zivilisten, darunter zwei Kinder, getötet", "12 people, including
 * three children, were killed"): the clause of the figure before the insertion and of the figure inside it runs on
 * to the clause after it. `skip` is the end of the insertion when the figure stands before it (else -1).
 */
function acrossInsertion(text: string, marks: number[], sentence: Span, clause: Span, tables: ClaimTables): { clause: Span; skip: number } {
  if (clause.end < sentence.end && text.charAt(clause.end) === ',' && opensInsertion(text, skipSpaces(text, clause.end + 1), tables)) {
    const ins = clauseOf(marks, sentence, clause.end + 1);
    if (ins.end < sentence.end && text.charAt(ins.end) === ',') {
      const after = clauseOf(marks, sentence, ins.end + 1);
      return { clause: { start: clause.start, end: after.end }, skip: ins.end };
    }
  }
  if (clause.start > sentence.start && text.charAt(clause.start - 1) === ',' && opensInsertion(text, skipSpaces(text, clause.start), tables) && clause.end < sentence.end && text.charAt(clause.end) === ',') {
    const after = clauseOf(marks, sentence, clause.end + 1);
    return { clause: { start: clause.start, end: after.end }, skip: -1 };
  }
  return { clause, skip: -1 };
}

// (helpers of acrossInsertion at module level: closures made per figure were a measurable cost)
function wordAt(text: string, w: string, at: number): boolean {
  return text.startsWith(w, at) && !/[\p{L}]/u.test(text.charAt(at + w.length));
}

/** "darunter zwei Kinder", or a part counted against the figure: "3 of them children", "zwei von ihnen schwer" */
function opensInsertion(text: string, at: number, tables: ClaimTables): boolean {
  if ((tables.measures.insertions ?? []).some((w) => wordAt(text, w, at))) return true;
  const lead = /^[\p{N}][\p{N}.,]*\s+/u.exec(text.slice(at, at + 20))?.[0].length ?? -1;
  return lead > 0 && tables.measures.partitive.some((p) => wordAt(text, p, at + lead));
}

function skipSpaces(text: string, pos: number): number {
  return pos + (/^\s*/u.exec(text.slice(pos))?.[0].length ?? 0);
}

/**
 * Not claims although they look like counts: the denominator of a share ("zwölf von 14 Landkreisen" → 14),
 * an age bound ("jünger als 18", "younger than 18"), a bare year read as a number ("the 2024 protests").
 */
function isDenominatorOrBound(text: string, fig: QuantitySpan, sentence: Span, tables: ClaimTables): boolean {
  const before = text.slice(Math.max(sentence.start, fig.start - 24), fig.start);
  const lower = ' ' + before.toLowerCase();
  if (boundEndings(tables).some((b) => lower.endsWith(b))) return true;
  if (/\d[\d.,]*\s+\S+\s+$/u.test(before) && tables.measures.partitive.some((p) => before.endsWith(` ${p.split(' ')[0]} `))) return true;
  if (/^(?:19|20)\d\d$/u.test(fig.text) && /(?:^|\s)(?:the|in|im|seit|since|of|des|der|von)\s+$/iu.test(before)) return true;
  const after = text.slice(fig.end, Math.min(sentence.end, fig.end + 24));
  // "said Rosa Quiñónez, 52, whose son ...": a bare number set off by commas after a name is an age
  if (/^\d{1,3}$/u.test(fig.text) && /\p{Lu}[\p{L}'’-]+\s*,\s*$/u.test(before) && /^\s*[,)]/u.test(after)) return true;
  // "five times higher", "dreimal so viele": a factor, not a count
  if (/^\s*(?:times|-?mal)\s+(?:\p{L}+er\b|as\b|more\b|the\b|so\b|mehr\b)/iu.test(after)) return true;
  return false;
}

/** " jünger als ", " younger than ": the bounds as the text before a figure ends in them */
const boundEndings = cached((t: ClaimTables): string[] => t.measures.bounds.map((b) => ` ${b} `));

/** The measure of a figure, or null when it is not a claim (see the header comment). */
function claimMeasure(fig: QuantitySpan, unitMeasure: Measure | null, mh: MeasureHit | null, counted: Counted | null, text: string, tables: ClaimTables): Measure | null {
  if (unitMeasure) return unitMeasure;
  if (fig.value.unit) return null; // distances, weights, temperatures
  if (mh) return mh.measure;
  // "schätzte die Menge auf etwa 6.000", "put the crowd at 8,000": an estimated count is a claim
  if (!counted && tables.measures.estimateTargets.some((p) => text.slice(Math.max(0, fig.start - p.length - 1), fig.start).toLowerCase() === p + ' ')
    && tables.measures.countVerbs.test(text.slice(Math.max(0, fig.start - 120), fig.start))) return 'other';
  if (!counted) return null;
  const cs = compileSubjects(tables);
  const spelledSmall = !/\d/u.test(fig.text) && !fig.value.vague && (fig.value.max ?? Infinity) < 13;
  // a count of people is a claim, also when it is spelled out ("elf Verdächtige"); of things only in digits
  if (counted.kind || (counted.country && cs.countries.demonyms.has(counted.noun.text))) return 'other';
  if (!/\d/u.test(fig.text) || spelledSmall) return null;
  // an open upper end ("mehr als 300 Drohnen") is judged by its lower one
  if ((fig.value.max ?? fig.value.min ?? 0) < 2) return null;
  void text;
  return 'other';
}

/**
 * A figure without a counted noun that still counts people or things:
 * - the subject of a clause: "Zwölf wurden gerettet", "Twelve had been rescued", "30 were taken to hospital";
 * - a part of a group: "Gegen 19 von ihnen wird ermittelt", "30 of them";
 * - the object of a verb of counting: "Die Polizei hatte 40.000 gezählt", "police counted only 40,000";
 * - the value of a count head: "Die Zahl der neuen Patienten liege zwischen 400 und 450".
 */
function bareCount(text: string, fig: QuantitySpan, clause: Span, tokens: Token[], tables: ClaimTables): boolean {
  const m = tables.measures;
  const after = text.slice(fig.end, Math.min(clause.end, fig.end + 40));
  const before = text.slice(Math.max(clause.start, fig.start - 40), fig.start);
  const prevWord = /([\p{L}]+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // "Ab 18 sind ...", "mit 45 war ...": a figure governed by a preposition is no subject
  const firstWord = /^[\p{L}]+/u.exec(fig.text)?.[0]?.toLowerCase() ?? '';
  const preposition = tables.subjects.notActorPrepositions.includes(prevWord) || tables.subjects.notActorPrepositions.includes(firstWord) || m.bounds.includes(firstWord);
  if (!preposition && (m.subjectVerbs ?? []).some((v) => after.startsWith(` ${v} `) || after === ` ${v}`)) return true;
  if (m.partitive.some((p) => after.startsWith(` ${p}`) && !/^[\p{L}]/u.test(after.slice(p.length + 1)))) return true;
  const nextWord = /^\s+(?:worden\s+)?([\p{L}]+)/u.exec(after)?.[1] ?? '';
  if (nextWord && m.countVerbs.test(nextWord)) return true;
  if (/[\p{L}]+\s+(?:(?:nur|lediglich|gerade|only|just|some)\s+)?$/u.test(before)) {
    const w = /([\p{L}]+)\s+(?:(?:nur|lediglich|gerade|only|just|some)\s+)?$/u.exec(before)![1]!;
    if (m.countVerbs.test(w + ' ') && !preposition) return true;
  }
  return countedOfCountHead(text, tokens, clause.start, fig.start, tables) !== null;
}

/**
 * "Auf die CDU entfallen 31 Sitze, auf die Grünen 12": a bare figure after a counted one of the same sentence,
 * in a parallel conjunct, counts the same things.
 */
function ellipticCount(text: string, fig: QuantitySpan, claims: Claim[], sentence: Span, prev: { counted: string | null } | null): boolean {
  const last = claims[claims.length - 1];
  if (!last || !prev?.counted || last.span.start < sentence.start || last.measure !== 'other') return false;
  const between = text.slice(last.span.end, fig.start);
  if (between.length > 60 || !/,|\b(?:und|oder|sowie|and|or)\b/u.test(between)) return false;
  // the figure ends its conjunct: a comma, "und", the end of the sentence
  return /^\s*(?:[,;.)]|und\b|oder\b|and\b|or\b|$)/u.test(text.slice(fig.end, fig.end + 6));
}

/**
 * A projection word qualifies a figure in its own clause or after it; "40 people died, and the toll was expected to
 * rise" leaves the count of 40 as it is.
 */
function projects(text: string, positions: number[], fig: Span, clause: Span): boolean {
  return positions.some((p) => p < fig.start
    || (p >= clause.start && p < clause.end && !/(?:^|\s)(?:und|and|but|aber)\s+(?:the|die|der|das)\s/u.test(text.slice(fig.end, p))));
}

/**
 * A denial whose object is an earlier figure: "disputed that figure", "disputed that, saying", "wies diese Zahl zurück",
 * "bestritt das." A bare pronoun only when the clause ends after it: "denied that 40 soldiers ..." is a content clause.
 */
const DENIAL_OF_EARLIER = /^[\p{L}]+\s+(?:(?:that|this|those|these|the)\s+(?:figures?|numbers?|claims?|reports?|account|tally|estimates?|count)|(?:that|this|it|das|dies)(?=\s*(?:[,.;:]|$|zurück(?![\p{L}])))|(?:diese[sn]?|die|den)\s+(?:Zahl(?:en)?|Angaben|Darstellung|Berichte?|Schätzung(?:en)?|Behauptung(?:en)?|Opferzahl(?:en)?))/u;

function chooseFrame(frames: Frame[], fig: Span, clause: Span, text: string, coordinators: Set<string>): Frame | null {
  frames = frames.filter((f) => !f.gapped || f.start < fig.start);
  const same = frames.filter((f) => f.start >= clause.start && f.end <= clause.end);
  // "Prices rose 5 percent, and the Treasury expects …": a speaker who opens a later coordinated clause speaks there only
  const pool = same.length ? same : frames.filter((f) => !(f.start >= fig.end && coordinated(f, text, coordinators)));
  if (!pool.length) return null;
  let best = pool[0]!;
  for (const f of pool) if (distance(f, fig) < distance(best, fig)) best = f;
  return best;
}

/** A frame whose speaker is the subject of a clause opened by a comma and a coordinator (", and the Treasury expects"). */
function coordinated(f: Frame, text: string, coordinators: Set<string>): boolean {
  const m = /^\s*(\p{L}+)\s/u.exec(text.slice(f.clause.start, f.clause.start + 20));
  if (!m || !coordinators.has(m[1]!)) return false;
  return !!f.mention && f.mention.start > f.clause.start && f.mention.start < f.start;
}

/** The range an attribution occupies (trigger and speaker): times and places in it date/locate the statement. */
function frameExtent(f: Frame): Span {
  if (!f.mention) return { start: f.start, end: f.end };
  return { start: Math.min(f.start, f.mention.start), end: Math.max(f.end, f.mention.end) };
}

/** The speaker of a direct quote: a frame right after it („…“, sagte X) or before it in its sentence (X sagte: „…“). */
function quoteSpeaker(text: string, q: Quote, infos: SentenceInfo[]): ClaimSource | null {
  for (const info of infos) {
    // the sentence the quote closes in, and it goes on after the quote („…“, heißt es in …)
    if (!(info.span.start < q.end && q.end < info.span.end)) continue;
    for (const f of info.frames) {
      if (!f.source || f.start < q.end) continue;
      if (/^[\s,]*$/u.test(text.slice(q.end, Math.min(f.start, f.mention?.start ?? f.start)))) return f.source;
    }
  }
  for (const info of infos) {
    if (!(info.span.start <= q.start && q.start < info.span.end)) continue;
    let best: Frame | null = null;
    for (const f of info.frames) if (f.source && f.end <= q.start) best = f;
    if (best) return best.source;
  }
  return null;
}

/**
 * The sentence opens with a figure followed by a word that continues a count before ("400 weitere wurden verletzt");
 * inside a sentence ("Die Feuerwehr barg 3 weitere") the subject's act is the outlet's report.
 */
function furtherLead(text: string, span: Span, figures: QuantitySpan[], tables: ClaimTables): boolean {
  const f = figures[0];
  const m = f && f.start === span.start && tables.speech.furtherWords ? /^\s+(\p{L}+)/u.exec(text.slice(f.end, f.end + 16)) : null;
  return !!m && tables.speech.furtherWords!.includes(m[1]!);
}

/**
 * The sentence opens with a part of what the sentence before counted: the figure and a partitive ("Drei von ihnen",
 * "40 davon"), or the partitive and then the figure ("Darunter sind 40 Kinder", "Davon entfielen 30 Prozent auf …").
 */
function partitiveLead(text: string, span: Span, figures: QuantitySpan[], tables: ClaimTables): boolean {
  const f = figures[0];
  if (!f) return false;
  const parts = tables.measures.partitive;
  if (f.start === span.start) return parts.some((p) => text.startsWith(` ${p}`, f.end));
  const lead = /^(\p{Lu}\p{Ll}+)\s/u.exec(text.slice(span.start, span.start + 16));
  return !!lead && f.start - span.start < 40 && parts.some((p) => !p.includes(' ') && p === lead[1]!.toLowerCase());
}

/**
 * The sentence opens with a demonstrative standing alone ("Das waren …", "Dies entspricht …", "That was …"): it speaks
 * of what the sentence before said. Before a capitalised word the demonstrative is an article ("Das Amt …").
 */
function demonstrativeLead(tokens: Token[], tables: ClaimTables): boolean {
  return tables.speech.anaphora.includes(tokens[0]?.text ?? '') && !!tokens[1] && tokens[1].kind === 'word' && !isCapitalised(tokens[1]);
}

/** "heißt es in dem Bericht": the words that name the document a statement is in (compiled once per pack) */
const surveyRegexes = cached((t: ClaimTables): { after: RegExp; survey: RegExp } | null => t.speech.respondents ? {
  after: new RegExp(`^\\s*(?:${t.speech.respondents.after})(?![\\p{L}])`, 'u'),
  survey: new RegExp(`(?:${t.speech.respondents.survey})`, 'u'),
} : null);

/** The words right after a figure name the respondents of a survey ("der Befragten", "of those polled"). */
function respondentsAfter(text: string, end: number, tables: ClaimTables): boolean {
  const re = surveyRegexes(tables);
  return !!re && re.after.test(text.slice(end, end + 60));
}

/** The source of a frame that cites a survey ("laut einer Umfrage der DIHK", "nach der Befragung des Instituts"), or null. */
function surveySource(text: string, frames: Frame[], tables: ClaimTables): ClaimSource | null {
  const re = surveyRegexes(tables);
  if (!re) return null;
  for (const f of frames) {
    if (f.kind !== 'prep' || !f.source || f.source.kind === 'unattributed') continue;
    if (re.survey.test(text.slice(f.start, Math.max(f.end, f.mention?.end ?? f.end)))) return f.source;
  }
  return null;
}

const documentReference = cached((t: ClaimTables): RegExp | null => (t.speech.documentReference ? new RegExp(t.speech.documentReference, 'u') : null));

function isHeadline(text: string, span: Span): boolean {
  const last = text.charAt(span.end - 1);
  return !/[.!?:“”"»«)…]/u.test(last);
}

function hasOutsideQuotes(re: RegExp, text: string, span: Span, quotes: Quote[]): boolean {
  return hasWordMatch(re, text, span.start, span.end, (start) => !quoteAt(quotes, start));
}

interface Memory {
  last: Group | null;
  kindByCountry: Map<string, string>;
}

function remember(memory: Memory, g: Group): void {
  if (g.country) {
    memory.last = g;
    if (g.kind) memory.kindByCountry.set(g.country, g.kind);
  }
}

/**
 * counted + subject of a figure: the counted phrase after it, or a "Zahl der ..." phrase before it, or the
 * counted phrase of the previous figure in the sentence ("43.000 Soldaten gestorben und 370.000 verwundet");
 * the country from the phrase, a group it belongs to ("Verluste unter den ..."), a group of the sentence that is
 * not governed by a preposition, the actor of the clause ("Moskau verliert"), or the last group of the text.
 */
function subjectOf(text: string, info: SentenceInfo, fig: QuantitySpan, clause: Span, counted: Counted | null, mh: MeasureHit | null,
  hits: MeasureHit[], prev: { counted: string | null; subject: Claim['subject'] } | null, memory: Memory, tables: ClaimTables): { counted: string | null; subject: Claim['subject'] } {
  const cs = compileSubjects(tables);
  let phrase = counted;
  const isMeasureNoun = !!phrase && hits.some((h) => h.start === phrase!.noun.start);
  if (!phrase) {
    const head = countedOfCountHead(text, info.tokens, clause.start, fig.start, tables);
    if (head) phrase = head;
    else if (prev && prev.counted) return prev;
  }
  void mh;
  let country = phrase?.country ?? null;
  let kind = phrase && !isMeasureNoun ? phrase.kind : null;
  let subjectText = phrase?.text ?? null;
  if (phrase && country && !kind && cs.countries.demonyms.has(phrase.noun.text)) kind = memory.kindByCountry.get(country) ?? 'people';
  if (!country) {
    // a group right after the counted noun: "Verluste unter den nordkoreanischen Soldaten", "für die ... Armee"
    const after = phrase ? info.groups.find((g) => g.start >= phrase!.end && g.start - phrase!.end < 30) : null;
    const inSentence = info.groups.filter((g) => !g.governed && (!kind || !g.kind || g.kind === kind));
    const near = after ?? nearestGroup(inSentence, fig);
    if (near && (!phrase || isMeasureNoun || after || kind)) {
      country = near.country;
      kind = kind ?? near.kind;
      subjectText = near.text;
    } else {
      const excluded = info.frames.map((f) => frameExtent(f));
      const actor = actorBefore(info.tokens, clause.start, fig.start, tables, excluded) ?? actorBefore(info.tokens, info.span.start, fig.start, tables, excluded);
      if (actor && (!phrase || kind || isMeasureNoun)) {
        country = actor;
        kind = kind ?? (phrase ? kindOfNoun(phrase.noun.text, cs) : null);
      } else if (memory.last && (!phrase || kind === memory.last.kind || isMeasureNoun)) {
        country = memory.last.country;
        kind = kind ?? memory.last.kind;
        if (!phrase) subjectText = memory.last.text;
      }
    }
  }
  if (!phrase && !country) return { counted: null, subject: null };
  return { counted: phrase?.text ?? subjectText, subject: country || kind ? { text: subjectText, country, kind } : null };
}

function nearestGroup(groups: Group[], fig: Span): Group | null {
  let best: Group | null = null;
  for (const g of groups) if (!best || distance(g, fig) < distance(best, fig)) best = g;
  return best;
}

/** characters between a span and a figure */
function distance(s: Span, fig: Span): number {
  return s.start >= fig.end ? s.start - fig.end : fig.start - s.end;
}
