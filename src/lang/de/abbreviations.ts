import type { SentenceTables } from '../../text/tables.js';

/** German sentence-splitting data. Abbreviations are written without the final period. */
export const sentenceTables: SentenceTables = {
  // A period after these never ends a sentence: titles, prefixes and fragments of multi-part abbreviations.
  abbreviations: [
    // titles and forms of address
    'Dr', 'Prof', 'Dipl', 'Ing', 'Hr', 'Hrn', 'Fr', 'Frl', 'Mag', 'Sen', 'jun', 'sen', 'Bgm', 'Pfr', 'Hl', 'hl', 'St', 'Sr',
    'Gen', 'Oberstlt', 'Kpt', 'Lt', 'Obj', 'Präs', 'Abg', 'Vors', 'Stv', 'stv', 'Hrsg', 'hrsg',
    // approximators and linking abbreviations that always precede something
    'ca', 'vgl', 'Vgl', 'bzw', 'sog', 'evtl', 'inkl', 'exkl', 'zzgl', 'abzgl', 'gem', 'bzgl', 'lt', 'laut',
    'z', 'd', 'u', 'o', 'v', 'i', 'a', 's', 'S', 'z.B', 'z.T', 'u.a', 'd.h', 'o.ä', 'o.Ä', 'u.U', 'i.d.R', 'v.a', 'z.Zt',
    'u.ä', 'm.E', 'a.D', 'i.R', 'n.Chr', 'v.Chr', 'Anm', 'geb', 'verh', 'gest', 'ehem', 'urspr', 'vorm', 'nachm',
    'Tel', 'Fax', 'Str', 'Pl', 'Bd', 'Bde', 'Hg', 'Aufl', 'Kap', 'Ziff', 'lit', 'Rn', 'Rdnr', 'Anh', 'Abb', 'Tab', 'Sp',
    'allg', 'bes', 'betr', 'bspw', 'eigtl', 'einschl', 'entspr', 'erg', 'ev', 'ggü', 'gegr', 'insb', 'jew', 'max',
    'mind', 'mtl', 'männl', 'weibl', 'näml', 'od', 'resp', 'tägl', 'zit', 'zw', 'Jhd', 'Nachf', 'Zt',
    'Mi', 'Di', 'Do', 'So', 'Sa', 'Mo',
  ],
  // These often end a sentence too ("... und so weiter usw."), so only a typical sentence opener after them splits.
  maybeFinal: [
    'usw', 'usf', 'etc', 'Mio', 'Mrd', 'Bio', 'Tsd', 'Chr', 'Co', 'Jh', 'Jhs', 'Jahrh', 'Std', 'Min', 'Sek', 'Proz', 'Pkt',
    'Ltd', 'Inc', 'Corp', 'e.V', 'e.G', 'GmbH', 'AG', 'u.v.m', 'u.Ä', 'ff', 'f', 'Mill', 'Milliard', 'ggf', 'a.M',
    'Kfz', 'km', 'kg', 'Ges', 'Abt', 'Bhf', 'Dt', 'dt', 'engl', 'franz', 'ital', 'lat', 'russ', 'span', 'ukr',
  ],
  beforeNumber: [
    'Nr', 'No', 'Nrn', 'Art', 'Abs', 'Ziff', 'Nrs', 'S', 'Bd', 'Kap', 'Tab', 'Abb', 'Vers', 'Par', 'Bl',
    'Jan', 'Feb', 'Febr', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  ],
  ordinalTriggers: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'aufs',
    'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'seit', 'bis', 'ab', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer',
    'sein', 'seine', 'seinem', 'seinen', 'seiner', 'unser', 'unsere', 'jeder', 'jede', 'jedes', 'jeden', 'jedem',
    'bereits', 'erst', 'zwischen', 'vor', 'nach', 'und', 'oder', 'bzw.', 'als', 'zu', 'um', 'für', 'von', 'auf', 'in',
    'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'Der', 'Die', 'Das', 'Am', 'Im', 'Zum', 'Zur', 'Vom', 'Seit', 'Bis', 'Ab',
  ],
  ordinalNouns: [
    'Jahrhundert', 'Jahrtausend', 'Jahrestag', 'Geburtstag', 'Todestag', 'Hochzeitstag', 'Jubiläum', 'Jahrgang',
    'Platz', 'Rang', 'Stock', 'Etage', 'Runde', 'Spieltag', 'Minute', 'Liga', 'Bundesliga', 'Klasse', 'Mal',
    'Armee', 'Brigade', 'Division', 'Bataillon', 'Regiment', 'Kompanie', 'Korps', 'Flotte', 'Legislaturperiode',
    'Amtszeit', 'Kapitel', 'Auflage', 'Ausgabe', 'Sitzung', 'Parteitag', 'Kongress', 'Gipfel', 'Sanktionspaket',
    'Quartal', 'Halbjahr', 'Lebensjahr', 'Kriegsjahr', 'Kriegstag', 'Tag', 'Woche', 'Monat', 'Bezirk', 'Stufe',
    'Grad', 'Lesung', 'Wahlgang', 'Durchgang', 'Satz', 'Akt', 'Strophe', 'Advent', 'Sonntag', 'Symphonie', 'Sinfonie',
  ],
  continuers: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder',
    'sowie', 'aber', 'sondern', 'denn', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von',
    'vom', 'vor', 'zu', 'zum', 'zur', 'für', 'gegen', 'ohne', 'um', 'über', 'unter', 'seit', 'dass', 'daß', 'weil',
    'wenn', 'als', 'wie', 'ob', 'sich', 'nicht', 'noch', 'auch', 'sie', 'er', 'es', 'wir', 'hat', 'haben', 'ist',
    'sind', 'wird', 'werden', 'wurde', 'wurden', 'sei', 'seien', 'habe', 'kann', 'soll', 'sollen', 'will', 'muss',
  ],
  months: [
    'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
    'November', 'Dezember', 'Jan', 'Jän', 'Feb', 'Febr', 'Mär', 'Mrz', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept',
    'Okt', 'Nov', 'Dez',
  ],
  sentenceStarters: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Eines', 'Einem', 'Einen', 'Kein', 'Keine',
    'Er', 'Sie', 'Es', 'Ich', 'Wir', 'Ihr', 'Man', 'Du', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Diesem', 'Diesen',
    'Das', 'Dass', 'Damit', 'Dabei', 'Dazu', 'Dafür', 'Dagegen', 'Danach', 'Davor', 'Darüber', 'Darum', 'Dadurch',
    'Deshalb', 'Deswegen', 'Daher', 'Dann', 'Da', 'Doch', 'Dennoch', 'Denn', 'Aber', 'Und', 'Oder', 'Auch', 'Allerdings',
    'Außerdem', 'Zudem', 'Zuvor', 'Zuletzt', 'Jedoch', 'Trotzdem', 'Nun', 'Jetzt', 'Heute', 'Gestern', 'Morgen',
    'Bisher', 'Inzwischen', 'Mittlerweile', 'Später', 'Bereits', 'Schon', 'Noch', 'Nur', 'So', 'Wie', 'Was', 'Wer',
    'Wo', 'Wann', 'Warum', 'Weshalb', 'Wenn', 'Weil', 'Als', 'Ob', 'Obwohl', 'Nachdem', 'Während', 'Seit', 'Seitdem',
    'In', 'Im', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Beim', 'Mit', 'Nach', 'Von', 'Vom', 'Vor', 'Zu', 'Zum', 'Zur',
    'Für', 'Gegen', 'Ohne', 'Um', 'Unter', 'Über', 'Laut', 'Trotz', 'Wegen', 'Neben', 'Hier', 'Dort', 'Es', 'Alle',
    'Viele', 'Einige', 'Mehrere', 'Manche', 'Jeder', 'Jede', 'Jedes', 'Sein', 'Seine', 'Ihre', 'Unser', 'Unsere',
    'Mein', 'Meine', 'Insgesamt', 'Zunächst', 'Schließlich', 'Immerhin', 'Vielleicht', 'Zwar', 'Ja', 'Nein', 'Auch',
    'Demnach', 'Demzufolge', 'Somit', 'Also', 'Ebenso', 'Ebenfalls', 'Erst', 'Sogar', 'Selbst', 'Gleichzeitig',
  ],
  nounsCapitalised: true,
};
