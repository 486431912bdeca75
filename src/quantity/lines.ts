import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream into lines on "\n" only (a lone "\r" inside a line is kept: lines are verbatim),
 * dropping one "\r" before the "\n" so that CRLF files read like LF files. Lines longer than `maxChars`
 * are not buffered: they come out as `{tooLong: true}` with their first characters, so that a huge
 * line cannot exhaust memory.
 */
export interface StreamLine {
  text: string;
  tooLong: boolean;
  length: number;
}

export async function* readLines(stream: AsyncIterable<Buffer | string>, maxChars: number): AsyncGenerator<StreamLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let overflow = false;
  let overflowLength = 0;
  const finish = (piece: string): StreamLine => {
    let text = pending + piece;
    pending = '';
    if (overflow) {
      const length = overflowLength + piece.length;
      const head = text;
      overflow = false;
      overflowLength = 0;
      return { text: head, tooLong: true, length };
    }
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { text, tooLong: false, length: text.length };
  };
  for await (const chunk of stream) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = s.indexOf('\n', from); nl !== -1; nl = s.indexOf('\n', from)) {
      yield finish(s.slice(from, nl));
      from = nl + 1;
    }
    const rest = s.slice(from);
    if (overflow) overflowLength += rest.length;
    else if (pending.length + rest.length > maxChars) {
      overflow = true;
      overflowLength = pending.length + rest.length;
      pending = (pending + rest).slice(0, 200);
    } else pending += rest;
  }
  const tail = decoder.end();
  if (tail) pending += tail;
  if (pending.length > 0 || overflow) yield finish('');
}
