import Database from 'better-sqlite3';

/** The kinds of object the store keeps, one per API collection. */
export type Kind =
  | 'ticket_queues'
  | 'groups'
  | 'users'
  | 'tags'
  | 'ticket_types'
  | 'ticket_forms'
  | 'teams'
  | 'asset_statuses'
  | 'asset_types'
  | 'departments'
  | 'locations'
  | 'assets';

/** A stored object: the public JSON fields of one API object, `id` included. */
export type StoredObject = Record<string, unknown> & { id: number };

/** Who an access right belongs to. */
export type AccessSubject = 'user' | 'group';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS objects (
    kind TEXT NOT NULL,
    id INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (kind, id)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS sequences (kind TEXT PRIMARY KEY, next_id INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS passwords (user_id INTEGER PRIMARY KEY, digest TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS queue_access (
    subject TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    queue_id INTEGER NOT NULL,
    PRIMARY KEY (subject, subject_id, queue_id)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS all_queue_access (
    subject TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    PRIMARY KEY (subject, subject_id)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS group_access (
    user_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    access INTEGER NOT NULL,
    PRIMARY KEY (user_id, group_id)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

const TABLES = [
  'objects',
  'sequences',
  'passwords',
  'queue_access',
  'all_queue_access',
  'group_access',
  'meta',
];

/**
 * First id handed out per kind. Each kind starts in its own range so that an id of one kind
 * used where another is expected points at nothing, as it would on the live service.
 */
const FIRST_IDS: Record<Kind, number> = {
  users: 1,
  ticket_queues: 101,
  groups: 2001,
  tags: 301,
  ticket_types: 401,
  ticket_forms: 2700,
  teams: 4301,
  asset_statuses: 501,
  asset_types: 601,
  departments: 701,
  locations: 801,
  assets: 9001,
};

type Statement = Database.Statement;

/**
 * The emulator's state in one SQLite database, on disk or in memory. Every method is
 * synchronous; `transaction` makes a group of calls atomic.
 */
export class Store {
  private readonly db: Database.Database;
  private readonly getObject: Statement;
  private readonly pageObjects: Statement;
  private readonly allObjects: Statement;
  private readonly countObjects: Statement;
  private readonly putObject: Statement;
  private readonly removeObject: Statement;
  private readonly readSequence: Statement;
  private readonly writeSequence: Statement;

  /** Opens (and creates when needed) the database at `file`, or one in memory. */
  constructor(file?: string) {
    this.db = new Database(file ?? ':memory:');
    if (file) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.exec(SCHEMA);

    this.getObject = this.db.prepare('SELECT body FROM objects WHERE kind = ? AND id = ?');
    this.pageObjects = this.db.prepare(
      'SELECT body FROM objects WHERE kind = ? ORDER BY id LIMIT ? OFFSET ?',
    );
    this.allObjects = this.db.prepare('SELECT body FROM objects WHERE kind = ? ORDER BY id');
    this.countObjects = this.db.prepare('SELECT count(*) AS n FROM objects WHERE kind = ?');
    this.putObject = this.db.prepare(
      'INSERT OR REPLACE INTO objects (kind, id, body) VALUES (?, ?, ?)',
    );
    this.removeObject = this.db.prepare('DELETE FROM objects WHERE kind = ? AND id = ?');
    this.readSequence = this.db.prepare('SELECT next_id FROM sequences WHERE kind = ?');
    this.writeSequence = this.db.prepare(
      'INSERT OR REPLACE INTO sequences (kind, next_id) VALUES (?, ?)',
    );
  }

  /** Runs `work` in one transaction: everything it wrote is kept, or nothing if it throws. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Whether nothing has been stored yet (a new database). */
  isEmpty(): boolean {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'seeded'").get();
    return row === undefined;
  }

  /** Marks the store as seeded, so that a restart keeps its data. */
  markSeeded(seed: string): void {
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', ?)").run(seed);
  }

  /** Removes everything, id sequences included. */
  clear(): void {
    for (const table of TABLES) {
      this.db.prepare(`DELETE FROM ${table}`).run();
    }
  }

  /** The stored JSON text of one object, or undefined. */
  getText(kind: Kind, id: number): string | undefined {
    const row = this.getObject.get(kind, id) as { body: string } | undefined;
    return row?.body;
  }

  /** One object, or undefined. */
  get(kind: Kind, id: number): StoredObject | undefined {
    const text = this.getText(kind, id);
    return text === undefined ? undefined : (JSON.parse(text) as StoredObject);
  }

  /** Whether an object of that kind and id exists. */
  has(kind: Kind, id: number): boolean {
    return this.getObject.get(kind, id) !== undefined;
  }

  /** A page of objects sorted by id, as stored JSON text. */
  pageText(kind: Kind, offset: number, limit: number): string[] {
    const rows = this.pageObjects.all(kind, limit, offset) as { body: string }[];
    return rows.map((row) => row.body);
  }

  /** Every object of a kind, sorted by id. */
  all(kind: Kind): StoredObject[] {
    const rows = this.allObjects.all(kind) as { body: string }[];
    return rows.map((row) => JSON.parse(row.body) as StoredObject);
  }

  /** Number of objects of a kind. */
  count(kind: Kind): number {
    return (this.countObjects.get(kind) as { n: number }).n;
  }

  /** Stores a new object under the next id of its kind and returns it with that id. */
  insert(kind: Kind, fields: Record<string, unknown>): StoredObject {
    const id = this.nextId(kind);
    const created = { id, ...fields } as StoredObject;
    this.putObject.run(kind, id, JSON.stringify(created));
    return created;
  }

  /** Stores an object under a chosen id (seed data) and moves the sequence past it. */
  insertWithId(kind: Kind, object: StoredObject): void {
    this.putObject.run(kind, object.id, JSON.stringify(object));
    const next = this.peekNextId(kind);
    if (object.id >= next) {
      this.writeSequence.run(kind, object.id + 1);
    }
  }

  /** Replaces a stored object. */
  replace(kind: Kind, object: StoredObject): void {
    this.putObject.run(kind, object.id, JSON.stringify(object));
  }

  /** Removes an object; answers whether it existed. */
  remove(kind: Kind, id: number): boolean {
    return this.removeObject.run(kind, id).changes > 0;
  }

  /** Stores the digest of a user's password. */
  setPasswordDigest(userId: number, digest: string): void {
    this.db
      .prepare('INSERT OR REPLACE INTO passwords (user_id, digest) VALUES (?, ?)')
      .run(userId, digest);
  }

  /** Ticket queue ids a user or group was granted one by one, ascending. */
  queueAccess(subject: AccessSubject, subjectId: number): number[] {
    const rows = this.db
      .prepare(
        'SELECT queue_id FROM queue_access WHERE subject = ? AND subject_id = ? ORDER BY queue_id',
      )
      .all(subject, subjectId) as { queue_id: number }[];
    return rows.map((row) => row.queue_id);
  }

  /** Grants or revokes one ticket queue. */
  setQueueAccess(subject: AccessSubject, subjectId: number, queueId: number, has: boolean): void {
    if (has) {
      this.db
        .prepare('INSERT OR IGNORE INTO queue_access VALUES (?, ?, ?)')
        .run(subject, subjectId, queueId);
    } else {
      this.db
        .prepare('DELETE FROM queue_access WHERE subject = ? AND subject_id = ? AND queue_id = ?')
        .run(subject, subjectId, queueId);
    }
  }

  /** Whether a user or group holds the "all ticket queues" right. */
  hasAllQueueAccess(subject: AccessSubject, subjectId: number): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM all_queue_access WHERE subject = ? AND subject_id = ?')
        .get(subject, subjectId) !== undefined
    );
  }

  /** Grants or revokes the "all ticket queues" right. */
  setAllQueueAccess(subject: AccessSubject, subjectId: number, has: boolean): void {
    if (has) {
      this.db
        .prepare('INSERT OR IGNORE INTO all_queue_access VALUES (?, ?)')
        .run(subject, subjectId);
    } else {
      this.db
        .prepare('DELETE FROM all_queue_access WHERE subject = ? AND subject_id = ?')
        .run(subject, subjectId);
    }
  }

  /** A user's access level to a group's tickets; 0 when never set. */
  groupAccess(userId: number, groupId: number): number {
    const row = this.db
      .prepare('SELECT access FROM group_access WHERE user_id = ? AND group_id = ?')
      .get(userId, groupId) as { access: number } | undefined;
    return row?.access ?? 0;
  }

  /** Group access levels set for a user (non-zero ones), by group id. */
  groupAccessList(userId: number): { groupId: number; access: number }[] {
    const rows = this.db
      .prepare('SELECT group_id, access FROM group_access WHERE user_id = ? ORDER BY group_id')
      .all(userId) as { group_id: number; access: number }[];
    return rows.map((row) => ({ groupId: row.group_id, access: row.access }));
  }

  /** Sets a user's access level to a group's tickets; 0 removes it. */
  setGroupAccess(userId: number, groupId: number, access: number): void {
    if (access === 0) {
      this.db
        .prepare('DELETE FROM group_access WHERE user_id = ? AND group_id = ?')
        .run(userId, groupId);
    } else {
      this.db
        .prepare('INSERT OR REPLACE INTO group_access (user_id, group_id, access) VALUES (?, ?, ?)')
        .run(userId, groupId, access);
    }
  }

  /** Removes every access right and group access that mentions a user, group or queue. */
  forgetAccessOf(kind: 'users' | 'groups' | 'ticket_queues', id: number): void {
    if (kind === 'ticket_queues') {
      this.db.prepare('DELETE FROM queue_access WHERE queue_id = ?').run(id);
      return;
    }
    const subject: AccessSubject = kind === 'users' ? 'user' : 'group';
    this.db
      .prepare('DELETE FROM queue_access WHERE subject = ? AND subject_id = ?')
      .run(subject, id);
    this.db
      .prepare('DELETE FROM all_queue_access WHERE subject = ? AND subject_id = ?')
      .run(subject, id);
    const column = kind === 'users' ? 'user_id' : 'group_id';
    this.db.prepare(`DELETE FROM group_access WHERE ${column} = ?`).run(id);
    if (kind === 'users') {
      this.db.prepare('DELETE FROM passwords WHERE user_id = ?').run(id);
    }
  }

  /** Closes the database; the store cannot be used afterwards. */
  close(): void {
    this.db.close();
  }

  private peekNextId(kind: Kind): number {
    const row = this.readSequence.get(kind) as { next_id: number } | undefined;
    return row?.next_id ?? FIRST_IDS[kind];
  }

  private nextId(kind: Kind): number {
    const id = this.peekNextId(kind);
    this.writeSequence.run(kind, id + 1);
    return id;
  }
}
