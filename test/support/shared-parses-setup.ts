// vitest's setup file (vitest.config.ts, setupFiles), run again before each
// test file: vitest evaluates a setup module afresh for every file, so the
// parses it shares live in shared-parses.ts, a module the worker evaluates
// once, and this one only puts its parser back in parseSpecFile's place
// (generator/read/read-documents.ts), where a test may have put another.
import { useParser } from "../../generator/read/read-documents.js";
import { sharedParse } from "./shared-parses.js";

useParser(sharedParse);
