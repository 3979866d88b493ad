// The LSP 3.17 lifecycle and JSON-RPC's shape of params, checked for every incoming message
// before any handler (the library's included) sees it. Pure: the server turns a refusal into an
// error response (main.ts).
import { ErrorCodes } from 'vscode-languageserver';

export type Phase = 'starting' | 'running' | 'shut down';

export type Admission = { pass: true } | { pass: false; refuse?: { code: number; message: string } };

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Requests whose params are `void` in LSP: every other request takes an object. */
const WITHOUT_PARAMS = new Set(['shutdown']);

/** The method a refused request is rewritten to (main.ts answers it with the refusal's error). */
export const REFUSED_METHOD = 'invitelint/$refused';

const refuse = (code: number, message: string): Admission => ({ pass: false, refuse: { code, message: `invitelint: ${message}` } });
const described = (params: unknown) => (params === undefined ? 'none' : params === null ? 'null' : `a ${typeof params}`);

/**
 * Whether a message may go on to the handlers in `phase`. A notification that may not is dropped;
 * a request that may not gets `refuse` as its error:
 * - before initialize, requests are ServerNotInitialized (notifications go on: the handlers drop them);
 * - initialize is answered once: again, it is InvalidRequest;
 * - after shutdown, every request is InvalidRequest and every notification but `exit` is dropped;
 * - a request whose params are missing, null or not structured is InvalidParams (the library's
 *   own wrappers would otherwise fail on them with InternalError).
 */
export function admit(phase: Phase, message: { id?: unknown; method?: unknown; params?: unknown }): Admission {
  const { method } = message;
  if (typeof method !== 'string') return { pass: true }; // a response to one of our requests
  if (message.id === undefined) return phase !== 'shut down' || method === 'exit' ? { pass: true } : { pass: false };
  if (phase === 'shut down') return refuse(ErrorCodes.InvalidRequest, `the server is shut down; ${method} is not answered (only exit is expected)`);
  if (method === REFUSED_METHOD) return refuse(ErrorCodes.MethodNotFound, `unhandled method ${method}`);
  if (method === 'initialize') {
    if (phase === 'running') return refuse(ErrorCodes.InvalidRequest, 'the server is already initialized');
  } else if (phase === 'starting') {
    return refuse(ErrorCodes.ServerNotInitialized, 'the server is not initialized yet');
  }
  if (!WITHOUT_PARAMS.has(method) && !isObject(message.params)) return refuse(ErrorCodes.InvalidParams, `${method} expects an object of params, got ${described(message.params)}`);
  return { pass: true };
}
