/**
 * A journal of pending creates, kept in a small JSON file, so that an object created by a process
 * that died before it learnt the answer is found again by the next process instead of being
 * created twice.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isMojoError, NetworkError } from './errors';

/** Pending entries older than this are dropped: 24 hours, in milliseconds. */
export const CREATE_JOURNAL_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const FORMAT_VERSION = 1;

// Body fields whose value names the object to a person reading the journal, best first.
const NATURAL_KEY_FIELDS = ['label', 'email', 'name', 'display_name'];

// Refusals after which the service has surely made nothing.
const DEFINITE_REFUSALS = new Set([
  'NOT_FOUND',
  'UNAUTHORIZED',
  'READ_ONLY_KEY',
  'FORBIDDEN',
  'VALIDATION',
  'RATE_LIMITED',
]);

/** One create that was sent and whose answer its process has not (yet) seen. */
export interface PendingCreate {
  /** Random id of the entry. */
  readonly id: string;

  /** The collection the create was posted to, e.g. `/tags`. */
  readonly kind: string;

  /** Hash of the service address, collection and canonical body ({@link createFingerprint}). */
  readonly fingerprint: string;

  /** What names the object to a reader (its label, email or name), when the body has one. */
  readonly naturalKey?: string;

  /** When the create was recorded, ISO 8601. */
  readonly recordedAt: string;

  /** Process id of the writer. */
  readonly pid: number;

  /** Random token of the writing journal, to tell its own entries from those of others. */
  readonly writer: string;
}

type JournalEdit = (entries: PendingCreate[]) => PendingCreate[];

interface QueuedEdit {
  readonly edit: JournalEdit;
  readonly resolve: () => void;
  readonly reject: (error: CreateJournalError) => void;
}

/** Settings of a {@link CreateJournal}. */
export interface CreateJournalOptions {
  /** Path of the journal file; its directory is made when missing. */
  readonly file: string;

  /**
   * Current time in milliseconds since the Unix epoch.
   * @default Date.now
   */
  readonly now?: () => number;

  /**
   * Age after which a pending entry is dropped, in milliseconds.
   * @default 24 hours
   */
  readonly maxAgeMs?: number;
}

/** One create to send under the journal's guard. */
export interface GuardedCreate<T> {
  /** Service base address, part of the fingerprint so two services never share entries. */
  readonly scope: string;

  /** The collection posted to, e.g. `/ticket_queues`. */
  readonly kind: string;

  /** The create request body; only its fingerprint and natural key are written down. */
  readonly body: unknown;

  /**
   * Body fields left out of the fingerprint: secrets such as a password, and fields the service
   * does not echo (the look-up cannot compare them anyway).
   * @default none
   */
  readonly leftOut?: readonly string[];

  /** Looks for the object an earlier create with this body made; `undefined` when none. */
  readonly find: () => Promise<T | undefined>;

  /** Sends the create and resolves to the object made. */
  readonly send: () => Promise<T>;
}

/** Counters of a {@link CreateJournal}. */
export interface CreateJournalStats {
  /** Creates recorded before they were sent. */
  readonly recorded: number;

  /** Objects left by an interrupted create, found and returned instead of created again. */
  readonly adopted: number;

  /** Entries of interrupted creates whose look-up found nothing, so the create was sent. */
  readonly unconfirmed: number;
}

/** The journal file could not be read or written; the create was not sent. */
export class CreateJournalError extends Error {
  /** Stable code to branch on. */
  public readonly code = 'CREATE_JOURNAL' as const;

  /** Builds the error; `cause` is the file system failure. */
  public constructor(file: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`the create journal ${file} cannot be used: ${reason}`);
    this.name = 'CreateJournalError';
  }
}

/**
 * Records each create before it is sent and clears it once the answer is definite, in a JSON file
 * written atomically (a temporary file, then a rename). A create whose body matches an entry left
 * by a process that is gone first looks for the object that process may have made, and returns it
 * when found. Only objects the journal says a create may have made are ever returned this way.
 *
 * Changes to the file are made one at a time within the process; each one reads the file again,
 * so entries of other processes sharing it are kept. No request body is written down: only a hash
 * of it (secrets left out) and its natural key.
 */
export class CreateJournal {
  private readonly file: string;
  private readonly now: () => number;
  private readonly maxAgeMs: number;
  private readonly writer = randomBytes(8).toString('hex');
  private readonly claimed = new Set<string>();
  private readonly clearing = new Set<Promise<void>>();
  private readonly edits: QueuedEdit[] = [];

  private queue: Promise<unknown> = Promise.resolve();
  private temporaryFiles = 0;
  private recorded = 0;
  private adopted = 0;
  private unconfirmed = 0;

  /** Touches no file before the first create. */
  public constructor(options: CreateJournalOptions) {
    this.file = options.file;
    this.now = options.now ?? Date.now;
    this.maxAgeMs = options.maxAgeMs ?? CREATE_JOURNAL_MAX_AGE_MS;
  }

  /**
   * Sends a create under the journal: returns the object an interrupted earlier create with the
   * same body made when there is one, else records the create, sends it, and clears the record
   * once the answer is definite (an answer, or a refusal after which nothing was made). After an
   * answer the record goes just after the object is handed back; see {@link settled}. Rejects
   * with what `send` or `find` rejected with, or with {@link CreateJournalError} before sending.
   */
  public async guard<T>(create: GuardedCreate<T>): Promise<T> {
    const fingerprint = createFingerprint(create.scope, create.kind, create.body, create.leftOut);
    const own = this.entry(create.kind, fingerprint, create.body);
    const earlier = await this.claim(create.kind, fingerprint);

    if (earlier) {
      let found: T | undefined;
      try {
        found = await create.find();
      } catch (error) {
        this.claimed.delete(earlier.id);
        throw error;
      }

      if (found !== undefined) {
        this.adopted += 1;
        await this.forget(earlier.id);
        return found;
      }

      this.unconfirmed += 1;
    }

    await this.change((entries) => [...entries.filter((e) => e.id !== earlier?.id), own]);
    if (earlier) {
      this.claimed.delete(earlier.id);
    }
    this.recorded += 1;

    let created: T;
    try {
      created = await create.send();
    } catch (error) {
      if (isDefiniteRefusal(error)) {
        await this.forget(own.id);
      }
      throw error;
    }

    this.forgetSoon(own.id);
    return created;
  }

  /** Resolves once every entry of an answered create has been cleared from the file. */
  public async settled(): Promise<void> {
    await Promise.all([...this.clearing]);
    await this.queue.catch(() => undefined);
  }

  /** The entries the file holds once answered creates are cleared, expired ones left out. */
  public async pending(): Promise<PendingCreate[]> {
    await this.settled();
    return this.read();
  }

  /** How many creates were recorded, adopted, and sent despite an earlier entry. */
  public stats(): CreateJournalStats {
    return { recorded: this.recorded, adopted: this.adopted, unconfirmed: this.unconfirmed };
  }

  private entry(kind: string, fingerprint: string, body: unknown): PendingCreate {
    return {
      id: randomBytes(8).toString('hex'),
      kind,
      fingerprint,
      naturalKey: naturalKeyOf(body),
      recordedAt: new Date(this.now()).toISOString(),
      pid: process.pid,
      writer: this.writer,
    };
  }

  /**
   * The entry of an earlier, interrupted create with this fingerprint, now reserved for the
   * caller; undefined when there is none. Entries of this journal and of processes still running
   * are in flight, not interrupted.
   */
  private async claim(kind: string, fingerprint: string): Promise<PendingCreate | undefined> {
    return this.serialized(async () => {
      const entries = await this.read().catch((error: unknown) => {
        throw new CreateJournalError(this.file, error);
      });
      const earlier = entries.find(
        (entry) =>
          entry.kind === kind &&
          entry.fingerprint === fingerprint &&
          entry.writer !== this.writer &&
          !this.claimed.has(entry.id) &&
          !isRunning(entry.pid),
      );
      if (earlier) {
        this.claimed.add(earlier.id);
      }
      return earlier;
    });
  }

  // The entry of an answered create goes once the caller has had a turn to pass the object on
  // (the provider answers Terraform in that turn): a process killed in between then leaves an
  // entry for an object Terraform knows, which costs a look-up, rather than an object nobody
  // knows about.
  private forgetSoon(id: string): void {
    const clearing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.forget(id))
      .finally(() => this.clearing.delete(clearing));
    this.clearing.add(clearing);
  }

  // Clearing an entry must not fail a create that succeeded: a left-over entry costs only a
  // look-up on a later create with the same body.
  private async forget(id: string): Promise<void> {
    this.claimed.delete(id);
    try {
      await this.change((entries) => entries.filter((entry) => entry.id !== id));
    } catch {
      return;
    }
  }

  // Changes that queue up while the file is busy are written together: ten creates at once
  // cost one rewrite of the file, not ten. Each change resolves once a write holding it is done.
  private change(edit: JournalEdit): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.edits.push({ edit, resolve, reject });
      if (this.edits.length === 1) {
        void this.serialized(() => this.writeQueuedEdits());
      }
    });
  }

  private async writeQueuedEdits(): Promise<void> {
    const batch = this.edits.splice(0);

    try {
      let entries = await this.read();
      for (const { edit } of batch) {
        entries = edit(entries);
      }
      await this.write(entries);
    } catch (error) {
      const failure = new CreateJournalError(this.file, error);
      batch.forEach(({ reject }) => reject(failure));
      return;
    }

    batch.forEach(({ resolve }) => resolve());
  }

  private serialized<R>(step: () => Promise<R>): Promise<R> {
    const result = this.queue.then(step, step);
    this.queue = result.catch(() => undefined);
    return result;
  }

  // A missing file is an empty journal; so is an unreadable one, since writes replace the file
  // whole and a damaged file can only come from outside.
  private async read(): Promise<PendingCreate[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') {
        return [];
      }
      throw error;
    }

    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return [];
    }

    const listed = (parsed as { pending?: unknown } | null)?.pending;
    const oldest = this.now() - this.maxAgeMs;

    return (Array.isArray(listed) ? listed : [])
      .filter(isPendingCreate)
      .filter((entry) => Date.parse(entry.recordedAt) >= oldest);
  }

  private async write(entries: readonly PendingCreate[]): Promise<void> {
    this.temporaryFiles += 1;
    const temporary = `${this.file}.${process.pid}.${this.writer}.${this.temporaryFiles}.tmp`;
    const text = `${JSON.stringify({ version: FORMAT_VERSION, pending: entries }, null, 2)}\n`;

    await mkdir(dirname(this.file), { recursive: true });
    try {
      await writeFile(temporary, text, { mode: 0o600 });
      await rename(temporary, this.file);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}

/**
 * The fingerprint of a create: SHA-256 over the service address, the collection and the body as
 * canonical JSON (object keys sorted, `undefined` fields dropped), with the `leftOut` fields of
 * the body removed first. Equal bodies give equal fingerprints whatever their key order.
 */
export function createFingerprint(
  scope: string,
  kind: string,
  body: unknown,
  leftOut: readonly string[] = [],
): string {
  const kept =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? Object.fromEntries(Object.entries(body).filter(([field]) => !leftOut.includes(field)))
      : body;
  const canonical = canonicalJson([scope, kind, kept]);

  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

/** JSON with object keys in sorted order at every depth; `undefined` fields are dropped. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }

  const fields = Object.entries(value as Record<string, unknown>)
    .filter(([, field]) => field !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([name, field]) => [name, sortKeys(field)]);

  return Object.fromEntries(fields);
}

function naturalKeyOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }

  const fields = body as Record<string, unknown>;
  const key = NATURAL_KEY_FIELDS.map((field) => fields[field]).find(
    (value) => typeof value === 'string' && value !== '',
  );

  return key as string | undefined;
}

function isDefiniteRefusal(error: unknown): boolean {
  if (!isMojoError(error)) {
    return false;
  }
  if (error.code === 'NETWORK') {
    return !(error as NetworkError).ambiguous;
  }

  return DEFINITE_REFUSALS.has(error.code);
}

// Signal 0 checks that a process exists without disturbing it; EPERM means it exists but
// belongs to someone else.
function isRunning(pid: number): boolean {
  if (pid === process.pid) {
    return true;
  }

  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

function isPendingCreate(value: unknown): value is PendingCreate {
  if (typeof value !== 'object' || value === null) {
    return false;
  }

  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.kind === 'string' &&
    typeof entry.fingerprint === 'string' &&
    typeof entry.recordedAt === 'string' &&
    Number.isSafeInteger(entry.pid) &&
    (entry.pid as number) > 0 &&
    typeof entry.writer === 'string'
  );
}
