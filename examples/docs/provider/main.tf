terraform {
  required_providers {
    mojohelpdesk = {
      source = "mojohelpdesk-iac/mojohelpdesk"
    }
  }
}

# url and access_key are left to MOJO_HELPDESK_URL and MOJO_HELPDESK_ACCESS_KEY, so that no
# secret is written into the configuration. The other settings show their defaults.
provider "mojohelpdesk" {
  requests_per_second = 5
  max_retries         = 4
  timeout_seconds     = 30
}
