#!/usr/bin/env python3
# Checks that the #include "…" lines of a source folder make no cycle,
# neither between files nor between units: a unit is a .c file with its
# header and its -private.h header (jd-export.c, jd-export.h), so a .c that
# includes the header of a unit whose .c includes its own header back is a
# cycle too, as the exporters were before they were reshaped.
#
#   tests/check-include-cycles.py DIR…
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)


def unit_of(name):
    stem = os.path.splitext(name)[0]
    return stem[:-len('-private')] if stem.endswith('-private') else stem


def find_cycle(graph):
    state = {}
    stack = []

    def visit(node):
        state[node] = 'open'
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 'open':
                return stack[stack.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = 'done'
        return None

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def main(dirs):
    files = {}
    for top in dirs:
        for root, _, names in os.walk(top):
            for name in names:
                if name.endswith(('.c', '.h')):
                    files[name] = os.path.join(root, name)

    by_file = {}
    by_unit = {}
    for name, path in files.items():
        with open(path, encoding='utf-8') as f:
            included = [i for i in INCLUDE.findall(f.read()) if i in files]
        by_file[name] = set(included)
        unit = unit_of(name)
        by_unit.setdefault(unit, set()).update(unit_of(i) for i in included if unit_of(i) != unit)

    status = 0
    for kind, graph in (('files', by_file), ('units', by_unit)):
        cycle = find_cycle(graph)
        if cycle:
            print(f'include cycle between {kind}: ' + ' -> '.join(cycle))
            status = 1
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
