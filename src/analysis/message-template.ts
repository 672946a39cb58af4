// Rule messages are templates: `{{name}}` placeholders filled from the data a report carries.

/** `{{name}}` placeholders filled from report data; an unknown name stays as written. */
export function fill(template: string, data?: Record<string, string | number>): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}
