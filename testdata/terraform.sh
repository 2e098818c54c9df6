# shellcheck shell=bash
# Sourced by the scripts that run real terraform (testdata/plans/generate.sh,
# testdata/bad/generate.sh, benches/corpus.sh): keeps terraform and the AWS provider away from
# the network and from the settings and credentials of whoever runs them, and installs the
# provider from a local filesystem mirror only.

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
