// @hey-api/openapi-ts: the generated core of the TypeScript SDK (sdks/typescript/src/generated).
// Input and output come from scripts/generate-sdks.
export default {
  input: process.env.VERACITY_SPEC,
  output: { path: process.env.VERACITY_TS_OUT, format: null, lint: null },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
};
