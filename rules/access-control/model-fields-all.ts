// model-fields-all: ModelForm / DRF serializer / generic edit view exposing every model field (mass assignment).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';

/** Classes that write the listed fields into a model instance. */
const WRITERS = /(ModelForm|ModelSerializer|HyperlinkedModelSerializer|CreateView|UpdateView|ModelFormMixin)\b/;

export default defineRule({
  meta: {
    id: 'model-fields-all',
    title: 'Model form or serializer with fields = "__all__"',
    category: 'access-control',
    cwe: ['CWE-915', 'CWE-639'],
    owasp: { '2021': ['A01:2021', 'A04:2021'], '2025': ['A01:2025', 'A06:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['django', 'django-rest-framework'],
    aliases: {},
    messages: {
      all: '`{{owner}}` accepts every model field from the request (`fields = "__all__"`), including ones users must not set.',
    },
    docs: {
      whatItDoes:
        'Flags `fields = "__all__"` in the `Meta` of a `ModelForm` or (Hyperlinked)`ModelSerializer`, and on Django `CreateView`/`UpdateView` classes.',
      whyBad:
        'Every model field becomes writable from the request, including fields added later: `is_staff`, `owner`, `balance`, `verified`. This is mass assignment.',
      businessImpact:
        'Privilege escalation and tampering with data users must not control (prices, ownership, approval flags).',
      attackScenario:
        'A profile form uses `fields = "__all__"`; the attacker adds `is_staff=on` to the POST body and becomes staff. A field added to the model next year is exposed without anyone noticing.',
      example: 'class ProfileForm(forms.ModelForm):\n    class Meta:\n        model = User\n        fields = "__all__"',
      useInstead:
        'class ProfileForm(forms.ModelForm):\n    class Meta:\n        model = User\n        fields = ["first_name", "last_name", "email"]',
      testing:
        'Submit the form or API call with an extra protected field (`is_staff=true`) and assert the stored object is unchanged.',
      knownProblems:
        'Read-only serializers and forms used only for display are reported too; list the fields anyway to keep output stable. `exclude = [...]` lists are not reported.',
      references: [
        'https://docs.djangoproject.com/en/stable/topics/forms/modelforms/#selecting-the-fields-to-use',
        'https://www.django-rest-framework.org/api-guide/serializers/#specifying-which-fields-to-include',
        'https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html',
        'https://cwe.mitre.org/data/definitions/915.html',
      ],
    },
  },
  hints: ['ModelForm', 'ModelSerializer', 'CreateView', 'UpdateView'],
  requires: [['__all__']],
  create(ctx) {
    if (!ctx.source.includes('__all__') || !WRITERS.test(ctx.source)) return {};
    return {
      nodes: {
        class_definition(node) {
          const name = node.childForFieldName('name')?.text;
          const owner = name === 'Meta' ? enclosingClass(node) : node;
          if (!owner || !WRITERS.test(owner.childForFieldName('superclasses')?.text ?? '')) return;
          const assignment = fieldsAll(ctx.staticString.bind(ctx), node);
          if (assignment)
            ctx.report({
              node: assignment,
              messageId: 'all',
              data: { owner: owner.childForFieldName('name')?.text ?? 'class' },
            });
        },
      },
    };
  },
});

function enclosingClass(meta: Node): Node | undefined {
  const block = meta.parent;
  return block?.parent?.type === 'class_definition' ? block.parent : undefined;
}

/** The `fields = "__all__"` assignment directly in a class body. */
function fieldsAll(staticString: (n: Node | null) => string | undefined, cls: Node): Node | undefined {
  for (const statement of cls.childForFieldName('body')?.namedChildren ?? []) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.text !== 'fields') continue;
    if (staticString(assignment.childForFieldName('right')) === '__all__') return assignment;
  }
  return undefined;
}
