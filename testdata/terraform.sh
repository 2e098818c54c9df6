# shellcheck shell=bash
# Sourced by the scripts that run real terraform (testdata/plans/generate.sh,
# testdata/bad/generate.sh, testdata/deployed/generate.sh, benches/corpus.sh): keeps terraform
# and the AWS provider away from the network and from the settings and credentials of whoever
# runs them, installs the provider from a local filesystem mirror only, and writes the
# provider's configuration.

# terraform_sandbox: the environment of every terraform run here.
terraform_sandbox() {
  local v
  export CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_INPUT=0
  unset TF_PLUGIN_CACHE_DIR TF_CLI_ARGS TF_CLI_ARGS_plan TF_CLI_ARGS_apply TF_CLI_ARGS_init \
    TF_WORKSPACE TF_LOG || true
  for v in $(env | sed -n 's/^\(AWS_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done
  export AWS_EC2_METADATA_DISABLED=true
}

# find_mirror: prints the folder that holds registry.terraform.io/ with the AWS provider:
# TF_PLUGIN_MIRROR, else the first one found on this machine (not a copy inside a terraform
# working directory's .terraform/providers).
find_mirror() {
  if [[ -n "${TF_PLUGIN_MIRROR:-}" ]]; then
    if [[ ! -d "$TF_PLUGIN_MIRROR/registry.terraform.io" ]]; then
      echo "TF_PLUGIN_MIRROR=$TF_PLUGIN_MIRROR holds no registry.terraform.io/" >&2
      return 1
    fi
    echo "$TF_PLUGIN_MIRROR"
    return
  fi
  local bin dir
  while IFS= read -r bin; do
    dir="$(dirname "$bin")"
    while [[ "$dir" != "/" && "$(basename "$dir")" != "registry.terraform.io" ]]; do
      dir="$(dirname "$dir")"
    done
    if [[ "$dir" != "/" && "$dir" != */.terraform/providers/* && "$(dirname "$dir")" != */.terraform/providers ]]; then
      dirname "$dir"
      return
    fi
  done < <(find / \( -path /proc -o -path /sys -o -path /dev \) -prune -o \
             -name 'terraform-provider-aws*' -type f -print 2>/dev/null)
  echo "no AWS provider in a filesystem mirror on this machine (set TF_PLUGIN_MIRROR)" >&2
  return 1
}

# use_mirror DIR MIRROR: writes DIR/terraform.rc, a CLI configuration that installs providers
# from MIRROR and never from the network, and points TF_CLI_CONFIG_FILE at it.
use_mirror() {
  cat >"$1/terraform.rc" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$2"
    include = ["registry.terraform.io/*/*"]
  }
  direct {
    exclude = ["registry.terraform.io/*/*"]
  }
}
RC
  export TF_CLI_CONFIG_FILE="$1/terraform.rc"
}

# write_provider DIR URL [SERVICE...]: DIR/provider.tf, the AWS provider pinned to the mirror's
# version with fake keys, no account lookup, and the endpoints of SERVICE... (default ec2 and
# sts) on URL (moto, or an address where nothing listens when the plan makes no API call).
write_provider() {
  local dir=$1 url=$2 service
  shift 2
  [[ $# -gt 0 ]] || set -- ec2 sts
  {
    cat <<EOF_PROVIDER
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true

  endpoints {
EOF_PROVIDER
    for service in "$@"; do
      printf '    %s = "%s"\n' "$service" "$url"
    done
    printf '  }\n}\n'
  } >"$dir/provider.tf"
}
