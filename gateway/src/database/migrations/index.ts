import { Foundation1795383511001 } from './1795383511001-foundation.js';
import { PreferenceLedger1795384433415 } from './1795384433415-preference-ledger.js';
import { LedgerProtection1795384433416 } from './1795384433416-ledger-protection.js';
import { Propagation1795385625841 } from './1795385625841-propagation.js';
import { Registers1795386253782 } from './1795386253782-registers.js';
import { Rights1795386725418 } from './1795386725418-rights.js';
import { ExportArchive1795387225578 } from './1795387225578-export-archive.js';
import { Invoices1795387697909 } from './1795387697909-invoices.js';
import { OfficeDecisions1795388000000 } from './1795388000000-office-decisions.js';
import { CommitOrderedPropagation1795390000000 } from './1795390000000-commit-ordered-propagation.js';
import { MigrationHistoryReadOnly1795391000000 } from './1795391000000-migration-history-read-only.js';
import { HashingRateLimits1795391100000 } from './1795391100000-hashing-rate-limits.js';
import { LedgerCheckpoints1795392000000 } from './1795392000000-ledger-checkpoints.js';
import { CheckpointProtection1795392000001 } from './1795392000001-checkpoint-protection.js';
import { SealedPersonalData1795393000000 } from './1795393000000-sealed-personal-data.js';
import { JobFiles1795430000000 } from './1795430000000-job-files.js';
import { JobQueues1795430000001 } from './1795430000001-job-queues.js';
import { InformationReplies1795500000000 } from './1795500000000-information-replies.js';
import { SessionRefreshCredentials1795700000000 } from './1795700000000-session-refresh-credentials.js';
import { Passkeys1796100000000 } from './1796100000000-passkeys.js';
import { VisitorSubjects1796200000000 } from './1796200000000-visitor-subjects.js';
import { IndexesForGrowingTables1796245366956 } from './1796245366956-indexes-for-growing-tables.js';

/** Every migration, oldest first. `pnpm --filter ./gateway migration:generate <Name>` adds to this list. */
export const migrations = [
  Foundation1795383511001,
  PreferenceLedger1795384433415,
  LedgerProtection1795384433416,
  Propagation1795385625841,
  Registers1795386253782,
  Rights1795386725418,
  ExportArchive1795387225578,
  Invoices1795387697909,
  OfficeDecisions1795388000000,
  CommitOrderedPropagation1795390000000,
  MigrationHistoryReadOnly1795391000000,
  HashingRateLimits1795391100000,
  LedgerCheckpoints1795392000000,
  CheckpointProtection1795392000001,
  SealedPersonalData1795393000000,
  JobFiles1795430000000,
  JobQueues1795430000001,
  InformationReplies1795500000000,
  SessionRefreshCredentials1795700000000,
  Passkeys1796100000000,
  VisitorSubjects1796200000000,
  IndexesForGrowingTables1796245366956,
];
