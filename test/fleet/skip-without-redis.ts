// The fleet tests need redis-server: they skip with a clear message when it is missing, except under CI=true.
import { redisServerAvailable } from './redis-server.js';

export const REDIS_AVAILABLE = redisServerAvailable();

if (!REDIS_AVAILABLE) {
  if (process.env.CI === 'true')
    throw new Error('redis-server is not installed: the fleet tests cannot run under CI=true');
  console.warn('fleet tests skipped: redis-server not found (apt-get install -y redis-server)');
}
