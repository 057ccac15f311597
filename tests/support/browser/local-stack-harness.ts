import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../../bot/src/app/config.js';
import { startLocalStack, type LocalStack } from '../../../scripts/local/start-local-stack.js';
import { RecordingLogger } from '../recording-logger.js';

/** The app as `npm start` runs it, on test ports and a temporary data folder, recording every outgoing activity and log line. */
export interface LocalStackHarness {
  readonly stack: LocalStack;
  readonly logger: RecordingLogger;
  /** JSON of every activity the bot sent or updated (replies, proactive posts, invoke responses). */
  readonly outgoing: string[];
  playgroundUrl(unitId: string): string;
  stop(): Promise<void>;
}

/**
 * Starts the local stack for the given units, on ports 3998 and 56170+ so a running `npm start` is
 * not disturbed; TEST_PORT and TEST_PLAYGROUND_PORT move them, so parallel test runs do not collide.
 */
export async function startLocalStackHarness(units: readonly string[]): Promise<LocalStackHarness> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'introteam-e2e-'));
  const port = process.env.TEST_PORT ?? '3998';
  const config = loadConfig({
    PORT: port,
    PLAYGROUND_PORT: process.env.TEST_PLAYGROUND_PORT ?? '56170',
    PLAYGROUND_UNITS: units.join(','),
    DATA_DIR: dataDir,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DEV_SIGN_IN: '1',
  });
  const logger = new RecordingLogger();
  const stack = await startLocalStack({ config, logger, rootDirectory: process.cwd(), outboxIntervalMs: 250 });
  const outgoing: string[] = [];
  const record = (activities: Partial<Activity>[]): void => {
    for (const activity of activities) outgoing.push(JSON.stringify(activity));
  };
  stack.app.adapter.use(async (context, next) => {
    context.onSendActivities(async (_ctx, activities, nextSend) => {
      record(activities);
      return nextSend();
    });
    context.onUpdateActivity(async (_ctx, activity, nextUpdate) => {
      record([activity]);
      return nextUpdate();
    });
    await next();
  });
  return {
    stack,
    logger,
    outgoing,
    playgroundUrl: (unitId) => {
      const found = stack.playgrounds.find((p) => p.unitId === unitId);
      if (!found) throw new Error(`no playground for ${unitId}`);
      return found.instance.url;
    },
    stop: async () => {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
