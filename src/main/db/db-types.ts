import type BetterSqlite3 from 'better-sqlite3';

/** The one connection main holds; repositories receive it, never open their own. */
export type Db = BetterSqlite3.Database;
