#!/usr/bin/env python3
"""Makes a large Terraform plan from a real one by replication.

    replicate.py PLAN COPIES OUT   write OUT: PLAN's resources COPIES times
    replicate.py --summary PLAN    print PLAN's size and resource changes by type

Copy k of every resource lives in the module `module.copy_<k>`: its
`resource_changes` entry gets `address` "module.copy_<k>.<address>" and
`module_address` "module.copy_<k>", `planned_values` gets one child module per
copy, and `configuration` one module call per copy whose module holds the root
module's resources (their expressions are module-relative, so the references
between copied resources stay consistent). Everything else is kept as it is.

The output is written piece by piece (one resource at a time, each serialized
once and then reused with a different prefix), so a 700 MB plan never exists as
Python objects; only the input plan is loaded.
"""

import collections
import json
import os
import sys


def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def summary(path):
    with open(path, encoding="utf-8") as f:
        plan = json.load(f)
    changes = plan.get("resource_changes", [])
    by_type = collections.Counter(rc["type"] for rc in changes)
    print(f"{path}: {os.path.getsize(path)} bytes, {len(changes)} resource changes")
    for rtype, count in sorted(by_type.items()):
        print(f"  {count:6d} {rtype}")


def prefixed(obj):
    """The JSON text of a resource (change) object under `module.copy_<k>`: its address
    and module_address first (as terraform writes them), then the rest as it was."""
    rest = {k: v for k, v in obj.items() if k not in ("address", "module_address")}
    body = dumps(rest)[1:]
    address = obj["address"]
    module = obj.get("module_address")
    inner = module + "." if module else ""

    def text(k):
        mod = f"module.copy_{k}"
        head = '{"address":' + dumps(f"{mod}.{address}") + ',"module_address":' + dumps(
            f"{mod}.{inner}".rstrip(".")
        )
        return head + ("," + body if body != "}" else "}")

    return text


def cfg_root_calls(plan):
    return plan.get("configuration", {}).get("root_module", {}).get("module_calls")


def replicate(src, copies, out):
    with open(src, encoding="utf-8") as f:
        plan = json.load(f)
    changes = [prefixed(rc) for rc in plan.get("resource_changes", [])]
    pv_root = plan.get("planned_values", {}).get("root_module", {})
    pv_resources = [prefixed(r) for r in pv_root.get("resources", [])]
    if pv_root.get("child_modules") or cfg_root_calls(plan):
        sys.exit(f"{src}: calls modules; only a flat root module can be replicated")
    cfg_root = plan.get("configuration", {}).get("root_module", {})
    cfg_module = dumps({"resources": cfg_root.get("resources", [])})

    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", buffering=1 << 20) as w:
        w.write("{")
        first_key = True
        for key, value in plan.items():
            if not first_key:
                w.write(",")
            first_key = False
            w.write(dumps(key) + ":")
            if key == "resource_changes":
                w.write("[")
                sep = ""
                for k in range(copies):
                    for text in changes:
                        w.write(sep)
                        w.write(text(k))
                        sep = ","
                w.write("]")
            elif key == "planned_values":
                rest = {k: v for k, v in value.items() if k != "root_module"}
                w.write("{")
                for name, v in rest.items():
                    w.write(dumps(name) + ":" + dumps(v) + ",")
                w.write('"root_module":{"resources":[],"child_modules":[')
                for k in range(copies):
                    if k:
                        w.write(",")
                    w.write('{"resources":[')
                    w.write(",".join(text(k) for text in pv_resources))
                    w.write('],"address":' + dumps(f"module.copy_{k}"))
                    w.write("}")
                w.write("]}}")
            elif key == "configuration":
                other = {k: v for k, v in value.items() if k != "root_module"}
                w.write("{")
                for name, v in other.items():
                    w.write(dumps(name) + ":" + dumps(v) + ",")
                root_rest = {
                    k: v for k, v in cfg_root.items() if k not in ("resources", "module_calls")
                }
                w.write('"root_module":{')
                for name, v in root_rest.items():
                    w.write(dumps(name) + ":" + dumps(v) + ",")
                w.write('"module_calls":{')
                for k in range(copies):
                    if k:
                        w.write(",")
                    w.write(dumps(f"copy_{k}") + ':{"source":"./copy","module":' + cfg_module + "}")
                w.write("}}}")
            else:
                w.write(dumps(value))
        w.write("}\n")
    os.replace(tmp, out)


def main(argv):
    if len(argv) == 3 and argv[1] == "--summary":
        summary(argv[2])
        return 0
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    replicate(argv[1], int(argv[2]), argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
