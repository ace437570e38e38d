import { unprocessable } from './errors';

/**
 * The query language of GET /assets/search, a subset of the search-engine syntax the service
 * accepts: `field:value`, `*` and `?` wildcards, quoted phrases, ranges `[a TO b]` (inclusive)
 * and `{a TO b}` (exclusive) with `*` for an open end, comparisons `<`, `<=`, `>`, `>=`,
 * `_exists_:field`, AND, OR, NOT and parentheses. Terms side by side without an operator must
 * all match. Matching of words is case-insensitive.
 */

/** A parsed query. */
export type Query =
  | { readonly type: 'and' | 'or'; readonly parts: readonly Query[] }
  | { readonly type: 'not'; readonly part: Query }
  | { readonly type: 'exists'; readonly field: string }
  | { readonly type: 'match'; readonly field?: string; readonly value: ValueMatch };

/** What a field's value is compared with. */
export type ValueMatch =
  | { readonly kind: 'term'; readonly text: string; readonly quoted: boolean }
  | {
      readonly kind: 'range';
      readonly low: string;
      readonly high: string;
      readonly inclusive: boolean;
    }
  | { readonly kind: 'compare'; readonly operator: '<' | '<=' | '>' | '>='; readonly text: string }
  | { readonly kind: 'group'; readonly type: 'and' | 'or'; readonly values: readonly ValueMatch[] };

/** How a searchable field's values compare. */
export type SearchFieldType = 'text' | 'id' | 'date';

/** One searchable value of a document: a string, a number, or null when unset. */
export type SearchValue = string | number | null;

interface Token {
  readonly kind: 'word' | 'quoted' | '(' | ')' | '[' | ']' | '{' | '}';
  readonly text: string;
}

const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '"']);
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function invalid(reason: string): Error {
  return unprocessable(`Invalid search query: ${reason}`);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;

  while (index < source.length) {
    const char = source[index];
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '"') {
      let text = '';
      index += 1;
      while (index < source.length && source[index] !== '"') {
        if (source[index] === '\\' && index + 1 < source.length) {
          index += 1;
        }
        text += source[index];
        index += 1;
      }
      if (index >= source.length) {
        throw invalid('unterminated quoted value');
      }
      index += 1;
      tokens.push({ kind: 'quoted', text });
    } else if (SPECIAL.has(char)) {
      tokens.push({ kind: char as Token['kind'], text: char });
      index += 1;
    } else {
      let text = '';
      while (index < source.length && !/\s/.test(source[index]) && !SPECIAL.has(source[index])) {
        if (source[index] === '\\' && index + 1 < source.length) {
          index += 1;
        }
        text += source[index];
        index += 1;
      }
      tokens.push({ kind: 'word', text });
    }
  }
  return tokens;
}

class Parser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): Query {
    const query = this.parseOr();
    if (this.position < this.tokens.length) {
      throw invalid(`unexpected "${this.tokens[this.position].text}"`);
    }
    return query;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private take(): Token {
    const token = this.tokens[this.position];
    if (!token) {
      throw invalid('unexpected end of query');
    }
    this.position += 1;
    return token;
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.text === text;
  }

  private parseOr(): Query {
    const parts = [this.parseAnd()];
    while (this.isWord('OR') || this.isWord('||')) {
      this.take();
      parts.push(this.parseAnd());
    }
    return parts.length === 1 ? parts[0] : { type: 'or', parts };
  }

  private parseAnd(): Query {
    const parts = [this.parseUnary()];
    for (;;) {
      const token = this.peek();
      if (!token || token.kind === ')' || this.isWord('OR') || this.isWord('||')) {
        break;
      }
      if (this.isWord('AND') || this.isWord('&&')) {
        this.take();
      }
      parts.push(this.parseUnary());
    }
    return parts.length === 1 ? parts[0] : { type: 'and', parts };
  }

  private parseUnary(): Query {
    if (this.isWord('NOT')) {
      this.take();
      return { type: 'not', part: this.parseUnary() };
    }
    const token = this.peek();
    if (token?.kind === '(') {
      this.take();
      const inner = this.parseOr();
      this.expect(')');
      return inner;
    }
    return this.parseTerm();
  }

  private expect(kind: Token['kind']): void {
    const token = this.take();
    if (token.kind !== kind) {
      throw invalid(`expected "${kind}" but found "${token.text}"`);
    }
  }

  private parseTerm(): Query {
    const token = this.take();
    if (token.kind === 'quoted') {
      return { type: 'match', value: { kind: 'term', text: token.text, quoted: true } };
    }
    if (token.kind !== 'word') {
      throw invalid(`unexpected "${token.text}"`);
    }

    const colon = token.text.indexOf(':');
    const field = colon > 0 ? token.text.slice(0, colon) : '';
    if (colon <= 0 || !FIELD_NAME.test(field)) {
      return { type: 'match', value: wordValue(token.text) };
    }

    const rest = token.text.slice(colon + 1);
    if (field === '_exists_') {
      const target = rest || this.take().text;
      return { type: 'exists', field: target };
    }
    const value = rest === '' ? this.parseValue() : wordValue(rest);
    return { type: 'match', field, value };
  }

  private parseValue(): ValueMatch {
    const token = this.take();
    switch (token.kind) {
      case 'quoted':
        return { kind: 'term', text: token.text, quoted: true };
      case 'word':
        return wordValue(token.text);
      case '[':
      case '{':
        return this.parseRange(token.kind);
      case '(':
        return this.parseValueGroup();
      default:
        throw invalid(`unexpected "${token.text}"`);
    }
  }

  private parseRange(open: '[' | '{'): ValueMatch {
    const low = this.take();
    const to = this.take();
    const high = this.take();
    const close = this.take();
    const wanted = open === '[' ? ']' : '}';
    const valid =
      low.kind === 'word' || low.kind === 'quoted'
        ? (high.kind === 'word' || high.kind === 'quoted') && to.text === 'TO'
        : false;
    if (!valid || close.kind !== wanted) {
      throw invalid('ranges are written [low TO high]');
    }
    return { kind: 'range', low: low.text, high: high.text, inclusive: open === '[' };
  }

  private parseValueGroup(): ValueMatch {
    const values: ValueMatch[] = [];
    let type: 'and' | 'or' = 'or';
    while (this.peek()?.kind !== ')') {
      if (this.isWord('OR') || this.isWord('AND')) {
        type = this.take().text === 'AND' ? 'and' : 'or';
        continue;
      }
      values.push(this.parseValue());
    }
    this.expect(')');
    if (values.length === 0) {
      throw invalid('empty value group');
    }
    return values.length === 1 ? values[0] : { kind: 'group', type, values };
  }
}

function wordValue(text: string): ValueMatch {
  const comparison = /^(<=|>=|<|>)(.+)$/.exec(text);
  if (comparison) {
    return {
      kind: 'compare',
      operator: comparison[1] as '<' | '<=' | '>' | '>=',
      text: comparison[2],
    };
  }
  return { kind: 'term', text, quoted: false };
}

/** Parses a query; throws a 422 ApiError when it cannot be read. */
export function parseQuery(source: string): Query {
  const tokens = tokenize(source);
  if (tokens.length === 0) {
    return { type: 'and', parts: [] };
  }
  return new Parser(tokens).parse();
}

/** Names every field a query mentions, so that unknown ones can be refused before matching. */
export function fieldsOf(query: Query): string[] {
  switch (query.type) {
    case 'and':
    case 'or':
      return query.parts.flatMap(fieldsOf);
    case 'not':
      return fieldsOf(query.part);
    case 'exists':
      return [query.field];
    case 'match':
      return query.field ? [query.field] : [];
  }
}

/** A document to search: its fields' types and a reader of their values. */
export interface Searchable {
  readonly types: Readonly<Record<string, SearchFieldType>>;
  value(field: string): SearchValue;
}

/** Whether a document matches a query. */
export function matches(query: Query, document: Searchable): boolean {
  switch (query.type) {
    case 'and':
      return query.parts.every((part) => matches(part, document));
    case 'or':
      return query.parts.some((part) => matches(part, document));
    case 'not':
      return !matches(query.part, document);
    case 'exists': {
      const value = document.value(query.field);
      return value !== null && value !== '';
    }
    case 'match': {
      if (query.field) {
        return matchValue(query.value, document.value(query.field), document.types[query.field]);
      }
      return Object.entries(document.types).some(
        ([field, type]) => type === 'text' && matchValue(query.value, document.value(field), type),
      );
    }
  }
}

function matchValue(match: ValueMatch, value: SearchValue, type: SearchFieldType): boolean {
  if (match.kind === 'group') {
    return match.type === 'and'
      ? match.values.every((inner) => matchValue(inner, value, type))
      : match.values.some((inner) => matchValue(inner, value, type));
  }
  if (value === null || value === '') {
    return false;
  }
  switch (match.kind) {
    case 'term':
      return matchTerm(match.text, match.quoted, value, type);
    case 'compare':
      return compareWith(value, match.text, type, match.operator);
    case 'range': {
      const aboveLow =
        match.low === '*' || compareWith(value, match.low, type, match.inclusive ? '>=' : '>');
      const belowHigh =
        match.high === '*' || compareWith(value, match.high, type, match.inclusive ? '<=' : '<');
      return aboveLow && belowHigh;
    }
  }
}

function matchTerm(text: string, quoted: boolean, value: string | number, type: SearchFieldType) {
  if (type === 'id') {
    return /^\d+$/.test(text) && Number(text) === value;
  }
  const subject = String(value).toLowerCase();
  const wanted = text.toLowerCase();
  if (type === 'date') {
    return subject.startsWith(wanted);
  }
  if (quoted) {
    return subject.includes(wanted);
  }
  const words = [subject, ...subject.split(/[^a-z0-9@._-]+/)];
  if (/[*?]/.test(wanted)) {
    const pattern = wanted.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    const regex = new RegExp(`^${pattern.replace(/\?/g, '.')}$`, 's');
    return words.some((word) => regex.test(word));
  }
  return words.includes(wanted);
}

function compareWith(
  value: string | number,
  text: string,
  type: SearchFieldType,
  operator: '<' | '<=' | '>' | '>=',
): boolean {
  let order: number;
  if (type === 'id') {
    if (!/^-?\d+$/.test(text)) {
      return false;
    }
    order = (value as number) - Number(text);
  } else {
    const left = String(value).toLowerCase();
    const right = text.toLowerCase();
    order = left < right ? -1 : left > right ? 1 : 0;
  }
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}
