#!/usr/bin/env python3
"""Makes a large Terraform plan from a real one by replication.

    replicate.py PLAN COPIES OUT   write OUT: PLAN's resources COPIES times
    replicate.py --summary PLAN    print PLAN's size and resource changes by type

Copy k of every resource lives in the module `module.copy_<k>`: its
`resource_changes` entry gets `address` "module.copy_<k>.<address>" and
`module_address` "module.copy_<k>", `planned_values` gets one child module per
copy, and `configuration` one module call per copy whose module holds the root
module's resources and module calls (their expressions are module-relative, so
the references between copied resources stay consistent). A plan that calls
modules keeps them: `module.app["x"]` becomes `module.copy_<k>.module.app["x"]`
in every address of `resource_changes` and of `planned_values`' child modules.
Everything else is kept as it is.

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
    # The root's child modules, as text: every address in them starts with "module.".
    pv_children = [dumps(c) for c in pv_root.get("child_modules", [])]
    cfg_root = plan.get("configuration", {}).get("root_module", {})
    copy_module = {"resources": cfg_root.get("resources", [])}
    if cfg_root_calls(plan):
        copy_module["module_calls"] = cfg_root_calls(plan)
    cfg_module = dumps(copy_module)

    def children(k):
        tag = '"address":"module.'
        return [c.replace(tag, f'"address":"module.copy_{k}.module.') for c in pv_children]

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
                    if pv_children:
                        w.write(',"child_modules":[' + ",".join(children(k)) + "]")
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
