// Types for code-server.mjs, so TypeScript tests can import it.
import type { Browser, Page } from 'playwright-core';

export interface EditorPaths {
  CODE_SERVER_BIN: string;
  CHROMIUM_BIN: string;
  NVIM_BIN?: string;
  [key: string]: string | undefined;
}

export interface CodeServer {
  url: string;
  port: number;
  /** The temp dir holding user data, extensions, XDG dirs and code-server.log; removed by stop(). */
  dir: string;
  stop(): Promise<void>;
}

export function readPaths(): Promise<EditorPaths>;

export function startCodeServer(options?: {
  workspaceDir?: string;
  extensionVsix?: string;
  settings?: Record<string, unknown>;
  timeoutMs?: number;
}): Promise<CodeServer>;

export function launchChromium(options?: { viewport?: { width: number; height: number } }): Promise<{
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}>;
