/**
 * The small part of playwright-core's API the browser test uses. playwright-core is loaded with a
 * dynamic import so that the unit tests and the type check do not need it installed.
 */
export interface PlaywrightCore {
  readonly chromium: {
    launchPersistentContext(
      userDataDir: string,
      options: {
        executablePath: string;
        headless: boolean;
        args: readonly string[];
        timeout?: number;
        viewport?: { width: number; height: number };
      },
    ): Promise<BrowserContext>;
  };
}

export interface BrowserContext {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface ConsoleMessage {
  type(): string;
  text(): string;
}

export interface Request {
  url(): string;
}

export interface Page {
  on(event: "pageerror", listener: (error: Error) => void): void;
  on(event: "console", listener: (message: ConsoleMessage) => void): void;
  on(event: "request", listener: (request: Request) => void): void;
  on(event: "requestfailed", listener: (request: Request) => void): void;
  goto(url: string, options?: { waitUntil?: "load" | "networkidle" }): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  getAttribute(selector: string, name: string): Promise<string | null>;
  textContent(selector: string, options?: { timeout?: number }): Promise<string | null>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
}

/** The package name, kept in a variable so TypeScript does not resolve it at compile time. */
const PLAYWRIGHT_CORE = "playwright-core";

/** Loads playwright-core, with a clear message when it is not installed. */
export async function loadPlaywright(): Promise<PlaywrightCore> {
  try {
    const loaded = (await import(PLAYWRIGHT_CORE)) as PlaywrightCore & { default?: PlaywrightCore };
    return loaded.chromium ? loaded : (loaded.default as PlaywrightCore);
  } catch (error) {
    throw new Error(
      `${PLAYWRIGHT_CORE} is not installed: add it as a dev dependency (npm i -D ${PLAYWRIGHT_CORE}@1.65.1)`,
      { cause: error },
    );
  }
}
