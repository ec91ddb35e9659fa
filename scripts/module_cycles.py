#!/usr/bin/env python3
"""Fails when the top-level modules of a crate import each other in a cycle.

For each crate source folder given, every `.rs` file belongs to the top-level module it sits
under (`src/foo.rs` and `src/foo/**` are `foo`); every `crate::bar` it names (outside comments)
is an edge foo -> bar. A strongly connected set of two or more modules is reported. Test code
is left out (files named `tests.rs` or `*_tests.rs`, and everything from a file's first
`#[cfg(test)]` on, where this codebase keeps its test modules): tests may use the fakes.
"""
import re
import sys
from pathlib import Path

REF = re.compile(r"\bcrate::([a-z_][a-z0-9_]*)")
GROUP = re.compile(r"\bcrate::\{([^}]*)\}")


def module_of(src: Path, path: Path):
    rel = path.relative_to(src).parts
    if len(rel) == 1:
        name = rel[0][:-3]
        return None if name in ("lib", "main") else name
    return rel[0]


def edges(src: Path):
    graph = {}
    for path in sorted(src.rglob("*.rs")):
        here = module_of(src, path)
        if here is None or path.name == "tests.rs" or path.name.endswith("_tests.rs"):
            continue
        text = path.read_text().split("#[cfg(test)]", 1)[0]
        text = "\n".join(line.split("//", 1)[0] for line in text.splitlines())
        targets = set(REF.findall(text))
        for group in GROUP.findall(text):
            targets.update(part.strip().split("::")[0] for part in group.split(",") if part.strip())
        graph.setdefault(here, set()).update(t for t in targets if t != here and t not in ("self", "super"))
    return graph


def cycles(graph):
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in graph:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


failed = False
for folder in sys.argv[1:]:
    graph = edges(Path(folder))
    for component in cycles(graph):
        failed = True
        links = [f"{a} -> {b}" for a in component for b in sorted(graph[a]) if b in component]
        print(f"check-architecture: import cycle in {folder}: {', '.join(links)}", file=sys.stderr)
sys.exit(1 if failed else 0)
