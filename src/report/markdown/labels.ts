// Display names of severities and confidence levels in the Markdown report (the seed's emoji bands).
import type { Severity } from '../../analysis/taxonomy.js';

export const SEVERITY_LABEL: Record<Severity, string> = {
  critical: '🔴 Critical',
  high: '🟠 High',
  medium: '🟡 Medium',
  low: '🔵 Low',
};

export const SEVERITY_HEADING: Record<Severity, string> = {
  critical: 'Critical Findings',
  high: 'High Priority Findings',
  medium: 'Medium Priority Findings',
  low: 'Low Priority Findings',
};
