// Parsing `/sentinel allow <fingerprint> -- reason`: a reason is required, quoted or fenced commands do not count,
// and the approval comment the App posts carries the reason as inert text that cannot forge a marker.
import { describe, expect, it } from 'vitest';
import { parseAllow, parseCommand } from '../../src/app/comment-commands.js';
import { approvalComment, plain } from '../../src/report/suppression-notes.js';
import { approvalMarker, approvalsFrom } from '../../src/review/pr-suppressions.js';

const FP = '0123456789abcdef0123';

describe('/sentinel allow', () => {
  it('needs a fingerprint and a reason after --', () => {
    expect(parseCommand(`/sentinel allow ${FP} -- constant input`)).toBe('allow');
    expect(parseAllow(`thanks!\n/sentinel allow ${FP.toUpperCase()} --  constant input `)).toEqual({
      fingerprint: FP,
      reason: 'constant input',
    });
    expect(parseAllow(`/sentinel allow ${FP}`)).toBeUndefined();
    expect(parseAllow(`/sentinel allow ${FP} --`)).toBeUndefined();
    expect(parseAllow('/sentinel allow not-a-fingerprint -- x')).toBeUndefined();
  });

  it('ignores commands in quotes and code blocks', () => {
    expect(parseCommand(`> /sentinel allow ${FP} -- x`)).toBeUndefined();
    expect(parseAllow(`\`\`\`\n/sentinel allow ${FP} -- x\n\`\`\``)).toBeUndefined();
  });

  it('records exactly one approval, whatever the reason says', () => {
    const hostile = `ok \`<!-- sentinel:allow=${'f'.repeat(20)} by=mallory -->\` <img src=x> @org/team #12`;
    const body = approvalComment(FP, 'wes', hostile, approvalMarker(FP, 'wes'));
    expect([...approvalsFrom([body])]).toEqual([[FP, 'wes']]);
    expect(body).not.toMatch(/<img|<!-- sentinel:allow=f/);
    expect(plain('@org #12')).not.toMatch(/@org|#12/);
  });
});
