// Every CLI command by name (main.ts dispatches on it). The shared types are in ./index.ts.
import { DEMO_COMMAND } from './demo.js'
import { TEASERS_COMMAND } from './teasers.js'
import { VALIDATE_COMMAND } from './validate.js'
import { SLUG_COMMAND } from './slug.js'
import { FEED_COMMAND } from './feed.js'
import { IMPORT_COMMAND } from './import.js'
import { RELATED_COMMAND } from './related.js'
import { MODERATE_COMMAND } from './moderate.js'
import { TRAIN_SPAM_COMMAND } from './trainSpam.js'
import type { CliCommand } from './index.js'

/** Every command, by name. Add a command by adding one line here. */
export const COMMANDS: Record<string, CliCommand> = {
  validate: VALIDATE_COMMAND,
  demo: DEMO_COMMAND,
  slug: SLUG_COMMAND,
  teasers: TEASERS_COMMAND,
  feed: FEED_COMMAND,
  import: IMPORT_COMMAND,
  related: RELATED_COMMAND,
  moderate: MODERATE_COMMAND,
  'train-spam': TRAIN_SPAM_COMMAND,
}
