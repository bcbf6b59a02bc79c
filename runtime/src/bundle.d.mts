/** Options of bundle() in bundle.mjs. */
export interface BundleOptions {
  /** The repository's root: package.json says which packages stay external. */
  root: string;
  /** Output name (without .mjs) to source path from root. */
  entryPoints: Record<string, string>;
  /** Absolute folder the bundle is written to. */
  outdir: string;
  /** Rewrite import.meta.url to each source file's own location (see bundle.mjs). */
  keepSourceLocations: boolean;
  /**
   * Bundle the npm packages too (all but native addons, the packages that find files
   * beside their modules and pg, see bundle.mjs), so that Node loads a few files instead
   * of some 1,600 from node_modules; default false.
   */
  inlinePackages?: boolean;
}

/** Bundles the entry points; resolves to the repository files it was built from. */
export function bundle(options: BundleOptions): Promise<string[]>;
