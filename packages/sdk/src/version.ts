/// <reference path="./globals.d.ts" />
/** The SDK's version, stamped by the build (rollup.config.mjs) and by vitest's `define`. */
export const VERSION: string = __CK_VERSION__;
