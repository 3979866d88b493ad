// Types for package-vsix.mjs, so TypeScript tests can import it.
export function stageExtension(stage: string): Promise<string>;
export function packageExtension(out: string, stage?: string): Promise<string>;
