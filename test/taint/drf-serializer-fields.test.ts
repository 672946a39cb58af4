// DRF serializer field types coerce what they validate: `validated_data["n"]` of an IntegerField, UUIDField or
// ChoiceField is a number, a UUID or one of the choices, and cannot carry an injection; a CharField's value can.
import { describe, expect, it } from 'vitest';
import { lines, scanProject } from './helpers.js';

const VIEW = [
  'from django.db import connection',
  'from rest_framework import serializers',
  'from rest_framework.views import APIView',
  '',
  'class ReportSerializer(serializers.Serializer):',
  '    year = serializers.IntegerField(min_value=2000)',
  '    owner = serializers.UUIDField()',
  '    period = serializers.ChoiceField(choices=["day", "week"])',
  '    title = serializers.CharField(max_length=80)',
  '',
  'class ReportView(APIView):',
  '    def post(self, request):',
  '        s = ReportSerializer(data=request.data)',
  '        s.is_valid(raise_exception=True)',
  '        cur = connection.cursor()',
  '        cur.execute("SELECT * FROM r WHERE year = %s" % s.validated_data["year"])',
  '        cur.execute("SELECT * FROM r WHERE owner = \'%s\'" % s.validated_data["owner"])',
  '        cur.execute("SELECT * FROM r_%s" % s.validated_data["period"])',
  '        cur.execute("SELECT * FROM r WHERE title = \'%s\'" % s.validated_data["title"])',
];

describe('DRF serializer field types', () => {
  it('clears coerced fields of validated_data and keeps free-text fields tainted', async () => {
    const r = await scanProject({ 'reports/views.py': VIEW.join('\n') });
    const sql = lines(r).filter((l) => l.includes('sql'));
    expect(sql.some((l) => l.startsWith('reports/views.py:19 '))).toBe(true); // CharField: free text
    for (const line of [16, 17, 18])
      expect(
        sql.some((l) => l.startsWith(`reports/views.py:${line} `)),
        `line ${line}`,
      ).toBe(false);
  });
});
