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
