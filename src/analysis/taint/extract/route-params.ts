// What a route declaration says about its parameters: a typed converter (`<int:id>`, `{id:int}`, a `UUID4`
// annotation, an enum) coerces the value so it cannot carry an injection; a plain path segment cannot hold `/`.

/** How a framework delivers one route parameter. */
export type ParamShape = 'coerced' | 'segment' | 'text';

/** Converters of Flask/Werkzeug (`<int:x>`), Django (`<int:pk>`) and Starlette (`{x:int}`) that yield non-strings. */
const COERCING_CONVERTERS = /^(int|float|uuid|bool|decimal)$/i;
/** Converters that match one path segment only (no `/`): Flask's default/`string`, Django's `str`/`slug`. */
const SEGMENT_CONVERTERS = /^(string|str|slug|default)$/i;

/** Parameter name → shape, from a route template such as `/u/<int:uid>/<name>` or `/items/{item_id}`. */
export function templateShapes(template: string): Map<string, ParamShape> {
  const out = new Map<string, ParamShape>();
  for (const m of template.matchAll(/<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>|\{(\w+)(?::(\w+))?\}/g)) {
    const name = m[2] ?? m[3]!;
    const converter = m[1] ?? m[4] ?? 'default';
    out.set(
      name,
      COERCING_CONVERTERS.test(converter) ? 'coerced' : SEGMENT_CONVERTERS.test(converter) ? 'segment' : 'text',
    );
  }
  return out;
}

/**
 * Annotations FastAPI/Pydantic validate into values that cannot carry an injection: numbers, UUIDs, dates,
 * booleans, constrained numbers, `Literal[...]`, and enums (named in `enums`, classes of this file deriving
 * from `Enum`). `Optional[...]`, `X | None` and `Annotated[X, ...]` are looked through.
 */
export function isCoercedType(type: string, enums: ReadonlySet<string>): boolean {
  const parts = unwrap(type.replace(/\s+/g, ''));
  return parts.length > 0 && parts.every((p) => isCoercedAtom(p, enums));
}

const COERCED_ATOM =
  /^(int|float|bool|complex|UUID\d?|uuid\.UUID\d?|pydantic\.UUID\d|datetime(\.(datetime|date|time|timedelta))?|date|time|timedelta|Decimal|decimal\.Decimal|conint\(.*\)|confloat\(.*\)|condecimal\(.*\)|PositiveInt|NegativeInt|NonNegativeInt|NonPositiveInt|PositiveFloat|NegativeFloat|NonNegativeFloat|StrictInt|StrictFloat|StrictBool|PastDate|FutureDate|AwareDatetime|NaiveDatetime|Literal\[.*\]|typing\.Literal\[.*\])$/;

function isCoercedAtom(atom: string, enums: ReadonlySet<string>): boolean {
  if (atom === 'None') return true;
  if (COERCED_ATOM.test(atom)) return true;
  const list = /^(list|List|set|Set|tuple|Tuple|frozenset|Sequence|typing\.List)\[(.*)\]$/.exec(atom);
  if (list) return unwrap(list[2]!).every((p) => p === '...' || isCoercedAtom(p, enums));
  return enums.has(atom) || enums.has(atom.split('.').pop()!);
}

/** `Optional[int]` → [`int`, `None`]; `Annotated[int, Path()]` → [`int`]; `int | None` → [`int`, `None`]. */
function unwrap(type: string): string[] {
  const union = splitTop(type, '|');
  if (union.length > 1) return union.flatMap(unwrap);
  const m = /^(typing\.)?(Optional|Union|Annotated)\[(.*)\]$/.exec(type);
  if (!m) return type ? [type] : [];
  const args = splitTop(m[3]!, ',');
  if (m[2] === 'Annotated') return unwrap(args[0] ?? '');
  return [...args.flatMap(unwrap), ...(m[2] === 'Optional' ? ['None'] : [])];
}

/** Splits on `sep` outside brackets and parentheses. */
function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === sep && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.filter((s) => s.length > 0);
}
