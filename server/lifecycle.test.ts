import { ErrorCodes } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { admit, REFUSED_METHOD, type Phase } from './lifecycle.js';

const request = (method: string, params?: unknown) => ({ jsonrpc: '2.0', id: 1, method, ...(params === undefined ? {} : { params }) });
const notification = (method: string, params?: unknown) => ({ jsonrpc: '2.0', method, params });
const codeOf = (phase: Phase, message: object) => {
  const admission = admit(phase, message);
  return admission.pass ? 'pass' : (admission.refuse?.code ?? 'drop');
};

describe('admit: the LSP lifecycle and the shape of params, before any handler', () => {
  const hover = { textDocument: { uri: 'file:///a.invite.md' }, position: { line: 0, character: 0 } };

  it('before initialize: only initialize is answered; notifications go on (their handlers drop them)', () => {
    expect(codeOf('starting', request('textDocument/hover', hover))).toBe(ErrorCodes.ServerNotInitialized);
    expect(codeOf('starting', request('shutdown'))).toBe(ErrorCodes.ServerNotInitialized);
    expect(codeOf('starting', request('initialize', { capabilities: {} }))).toBe('pass');
    expect(codeOf('starting', request('initialize', null))).toBe(ErrorCodes.InvalidParams);
    expect(codeOf('starting', notification('textDocument/didOpen', {}))).toBe('pass');
  });

  it('running: a second initialize is InvalidRequest; params must be an object, except for shutdown', () => {
    expect(codeOf('running', request('initialize', { capabilities: {} }))).toBe(ErrorCodes.InvalidRequest);
    expect(codeOf('running', request('textDocument/hover', hover))).toBe('pass');
    for (const params of [undefined, null, 42, 'text', true]) {
      expect(codeOf('running', request('textDocument/hover', params)), JSON.stringify(params)).toBe(ErrorCodes.InvalidParams);
      expect(codeOf('running', request('workspace/executeCommand', params))).toBe(ErrorCodes.InvalidParams);
    }
    expect(codeOf('running', request('shutdown'))).toBe('pass');
    expect(codeOf('running', request('shutdown', null))).toBe('pass');
    expect(admit('running', request('textDocument/hover', null))).toEqual({ pass: false, refuse: { code: ErrorCodes.InvalidParams, message: 'invitelint: textDocument/hover expects an object of params, got null' } });
  });

  it('after shutdown: every request is InvalidRequest, every notification but exit is dropped', () => {
    for (const method of ['textDocument/hover', 'initialize', 'shutdown', 'invitelint/unknown']) expect(codeOf('shut down', request(method, hover))).toBe(ErrorCodes.InvalidRequest);
    expect(codeOf('shut down', notification('textDocument/didChange', {}))).toBe('drop');
    expect(codeOf('shut down', notification('exit'))).toBe('pass');
  });

  it('lets responses through, and refuses the internal method when a client sends it', () => {
    expect(codeOf('running', { jsonrpc: '2.0', id: 3, result: null })).toBe('pass');
    expect(codeOf('running', request(REFUSED_METHOD, { code: 0, message: 'mine' }))).toBe(ErrorCodes.MethodNotFound);
  });
});
