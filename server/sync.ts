// Document sync as a client may get it wrong. Pure checks, and the gate that keeps
// TextDocuments' own handlers closed until initialize (LSP: notifications before it are dropped).
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isPosition = (value: unknown) => isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
const isChange = (change: unknown) =>
  isObject(change) && typeof change.text === 'string' && (change.range === undefined || (isObject(change.range) && isPosition(change.range.start) && isPosition(change.range.end)));

/**
 * Why a didChange must not be applied to a document at version `current`, or undefined when it
 * may. Versions only go up: an older one is a client bug, and applying it would pair an old
 * version number with a text nobody has. A change list with one malformed entry would be
 * applied in part (TextDocument.update throws midway), so it is refused whole.
 */
export function changeProblem(current: number, changes: unknown, version: unknown): string | undefined {
  if (!Number.isInteger(version) || (version as number) < current) return `version ${JSON.stringify(version)} after version ${current}`;
  if (!Array.isArray(changes) || !changes.every(isChange)) return 'malformed contentChanges';
  return undefined;
}

/** The sync notifications TextDocuments.listen registers. */
const SYNC_HANDLERS = new Set<PropertyKey>(['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument', 'onDidSaveTextDocument', 'onWillSaveTextDocument']);

/** `connection` for TextDocuments.listen, its sync handlers dropping every notification until `open()`. */
export function gatedSync<C extends object>(connection: C, open: () => boolean): C {
  return new Proxy(connection, {
    get: (target, key, receiver) => {
      if (!SYNC_HANDLERS.has(key)) return Reflect.get(target, key, receiver);
      const register = Reflect.get(target, key) as (handler: (params: unknown) => void) => unknown;
      return (handler: (params: unknown) => void) => register((params) => (open() ? handler(params) : undefined));
    },
  });
}
