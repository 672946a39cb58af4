// Probot's throttling keys its Bottleneck limiters by `throttle.id`. `app.auth(id)` sets it to the installation, but
// the webhook context's octokit (Probot's "event-octokit") inherits the App client's options and runs under the
// default id "no-id": with REDIS_URL the limiters live in Redis, so every installation's writes through a webhook
// context queued behind one 1 s spacing for the whole fleet. GitHub's limits are per installation: so is the id.
import { ProbotOctokit } from 'probot';

interface ThrottledOptions {
  auth?: { installationId?: number | string };
  throttle?: { enabled?: boolean; id?: string };
}

/** `Base` with the throttle id set to the installation a client authenticates as (the same id `app.auth(id)` uses). */
export function perInstallationThrottle(Base: typeof ProbotOctokit = ProbotOctokit): typeof ProbotOctokit {
  return Base.defaults((options: ThrottledOptions) => {
    const installationId = options.auth?.installationId;
    if (installationId === undefined || options.throttle?.enabled === false) return options;
    return { ...options, throttle: { ...options.throttle, id: String(installationId) } };
  }) as typeof ProbotOctokit;
}
