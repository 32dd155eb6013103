#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifests offline, as far as Flathub's linter would.

Usage: check-flatpak-manifest.py SCHEMA MANIFEST LOCAL_MANIFEST

Validates both against flatpak-builder's JSON schema (the file the linter
uses), checks Flathub's order of the top-level keys and the sandbox policy
(portals instead of file system access), and that the offline manifest
differs from the Flathub one in nothing but the runtime.
"""

import json
import sys

import jsonschema

FLATHUB_ORDER = ["id", "runtime", "runtime-version", "sdk", "command",
                 "finish-args", "cleanup", "modules"]
RUNTIME_KEYS = {"runtime", "runtime-version", "sdk"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def check_order(path, manifest, problems):
    known = [k for k in manifest if k in FLATHUB_ORDER]
    if known != sorted(known, key=FLATHUB_ORDER.index):
        problems.append(f"{path}: top-level keys are not in Flathub's order "
                        f"({', '.join(FLATHUB_ORDER)})")


def check_sandbox(path, manifest, problems):
    args = manifest.get("finish-args", [])
    for arg in args:
        if arg.startswith(("--filesystem", "--socket=x11", "--socket=session-bus",
                           "--socket=system-bus", "--device=all", "--share=network")):
            problems.append(f"{path}: {arg} is not needed: files come through portals")
    if "--socket=wayland" in args and "--socket=fallback-x11" not in args:
        problems.append(f"{path}: --socket=wayland needs --socket=fallback-x11")
    for module in manifest.get("modules", []):
        if isinstance(module, dict) and module.get("name") == "jobscribe" \
                and not module.get("run-tests"):
            problems.append(f"{path}: the jobscribe module must run its tests")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    schema = load(sys.argv[1])
    main_path, local_path = sys.argv[2], sys.argv[3]
    problems = []

    manifests = {}
    for path in (main_path, local_path):
        manifest = manifests[path] = load(path)
        for error in jsonschema.Draft7Validator(schema).iter_errors(manifest):
            where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
            problems.append(f"{path}: {where}: {error.message}")
        check_order(path, manifest, problems)
        check_sandbox(path, manifest, problems)

    main_manifest, local_manifest = manifests[main_path], manifests[local_path]
    if main_manifest.get("runtime") != "org.gnome.Platform":
        problems.append(f"{main_path}: the runtime must be org.gnome.Platform")
    strip = lambda m: {k: v for k, v in m.items() if k not in RUNTIME_KEYS}
    if strip(main_manifest) != strip(local_manifest):
        problems.append(f"{local_path}: differs from {main_path} in more than "
                        f"{', '.join(sorted(RUNTIME_KEYS))}")

    for problem in problems:
        print(problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
