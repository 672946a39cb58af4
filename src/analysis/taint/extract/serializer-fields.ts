// Django REST Framework serializers coerce what they validate: after `is_valid()`, `validated_data["year"]` of an
// `IntegerField` is an int, of a `UUIDField` a UUID, of a `ChoiceField` one of the declared choices. Such a
// value cannot carry an injection, whatever the client sent; a `CharField`'s value is still free text.

/** Field classes whose validated value is a number, a date, a UUID, a boolean, a model instance or a choice. */
const COERCED_FIELD =
  /^(Integer|Float|Decimal|Boolean|NullBoolean|UUID|Choice|MultipleChoice|Date|DateTime|Time|Duration|PrimaryKeyRelated)Field$/;

const CLASS = /^class\s+(\w+)\s*\(([^)]*)\)\s*:/;
const FIELD = /^\s+(\w+)\s*=\s*([\w.]+)\s*\(/;

/**
 * Serializer classes defined in this file (a base named like `…Serializer`), each with its fields of a coercing
 * type. Read line by line from the source: a class body ends at the next line that is not indented.
 */
export function serializerCoercedFields(source: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!source.includes('Serializer')) return out;
  let current: Set<string> | undefined;
  for (const line of source.split('\n')) {
    const cls = CLASS.exec(line);
    if (cls) {
      current = /Serializer\b/.test(cls[2]!) ? new Set() : undefined;
      if (current) out.set(cls[1]!, current);
      continue;
    }
    if (line.trim() !== '' && !/^\s/.test(line)) current = undefined;
    const field = current ? FIELD.exec(line) : null;
    if (field && COERCED_FIELD.test(field[2]!.split('.').pop()!)) current!.add(field[1]!);
  }
  return out;
}
