// Style sheets are bundled by esbuild (gateway/src/webAssets.ts).
declare module "*.css";
