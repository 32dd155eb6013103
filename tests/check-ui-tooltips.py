#!/usr/bin/env python3
# Fails when a template of the interface sets a tooltip: GTK 4.8 asks the
# X server where the pointer is for every tooltip set on a visible widget,
# which a template's widgets are as they are built (half a millisecond a
# tooltip, for every card, row and find bar made). Set it in code with
# _jd_widget_set_tooltip_text() instead (src/ui/jd-ui-util.c). Templates
# built rarely may be listed below.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import re
import sys

# Built once per publishing, on the user's request.
allowed = {"jd-publish-dialog.ui"}

top = pathlib.Path(sys.argv[1])
problems = []
for path in sorted((top / "src" / "ui").glob("*.ui")):
    if path.name in allowed:
        continue
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.search(r'<property name="tooltip-(text|markup)"', line):
            problems.append(f"{path.relative_to(top)}:{number}: a tooltip in a template; "
                            "set it with _jd_widget_set_tooltip_text()")

for problem in problems:
    print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
