/** The provider's release version, as Terraform sees it in its install layout and lock file. */
export const PROVIDER_VERSION = '0.1.0';

/** The provider type name: resources are `mojohelpdesk_<thing>`. */
export const PROVIDER_TYPE = 'mojohelpdesk';

/** The registry namespace in the provider's source address. */
export const PROVIDER_NAMESPACE = 'mojohelpdesk-iac';

/** The registry host Terraform assumes for a two-part source address. */
export const PROVIDER_HOST = 'registry.terraform.io';

/** The source address users write in `required_providers`. */
export const PROVIDER_SOURCE = `${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;

/** The fully qualified provider address, as in lock files and state. */
export const PROVIDER_ADDRESS = `${PROVIDER_HOST}/${PROVIDER_SOURCE}`;

/** The executable's base name; Terraform requires the `terraform-provider-<type>` prefix. */
export const PROVIDER_EXECUTABLE = `terraform-provider-${PROVIDER_TYPE}`;

/**
 * The provider bundle, beside the executable. Its name must not start with the executable's:
 * Terraform takes the first file of the package directory with that prefix for the executable.
 */
export const PROVIDER_BUNDLE_FILE = 'mojohelpdesk-provider.js';

/** The V8 code cache of the bundle, beside the executable; optional. */
export const PROVIDER_CODE_CACHE_FILE = 'mojohelpdesk-provider.v8-cache';

/** Where the launcher writes a fresh code cache of the bundle instead of reading one. */
export const WRITE_CODE_CACHE_ENV = 'MOJOHELPDESK_WRITE_CODE_CACHE';

/** The files of an installed provider besides the executable, when present. */
export const PROVIDER_SIDE_FILES = [PROVIDER_BUNDLE_FILE, PROVIDER_CODE_CACHE_FILE] as const;

/**
 * The first line of a bundle: names its build. A code cache file starts with the same line, so a
 * cache is only ever used with the bundle it was made from (V8 itself checks little more than
 * the length of the source).
 */
export function bundleBuildLine(buildId: string): string {
  return `// mojohelpdesk-provider build ${buildId}\n`;
}
