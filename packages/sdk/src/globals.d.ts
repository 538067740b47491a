/** Replaced at build time by the SDK's package.json version. */
declare const __CK_VERSION__: string;
