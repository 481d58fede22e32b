"""No import circles between the kiosk's modules, found with grimp (import-linter's graph library).

A circle makes the import order matter and a module impossible to read, test or move alone. The
contracts in pyproject.toml (`lint-imports`) say who may import whom; this finds any circle at
all, in functions and under TYPE_CHECKING too, and names it as the chain of imports that closes it.
"""

from __future__ import annotations

from collections.abc import Iterable

import grimp
import pytest


def kiosk_graph(*, type_checking: bool) -> grimp.ImportGraph:
    # cache_dir=None: a cache would be one more folder in the work tree, and can go stale.
    return grimp.build_graph("kiosk", exclude_type_checking_imports=not type_checking, cache_dir=None)


def tangles(graph: grimp.ImportGraph) -> list[frozenset[str]]:
    """The strongly connected components of two modules or more (Tarjan's algorithm): within
    each, every module imports every other, directly or through the rest."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = {stack.pop()}
            while module not in component:
                component.add(stack.pop())
            if len(component) > 1:
                found.append(frozenset(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def circle(graph: grimp.ImportGraph, tangle: frozenset[str]) -> str:
    """One circle through the tangle, as it reads: "a -> b -> a"."""
    first = min(tangle)
    step = min(m for m in graph.find_modules_directly_imported_by(first) if m in tangle)
    back = graph.find_shortest_chain(importer=step, imported=first, as_packages=False)
    assert back is not None
    return " -> ".join((first, *back))


def describe(graph: grimp.ImportGraph, found: Iterable[frozenset[str]]) -> str:
    return "; ".join(f"{circle(graph, t)} (tangle of {', '.join(sorted(t))})" for t in found)


@pytest.mark.parametrize("type_checking", [False, True], ids=["when-the-kiosk-runs", "for-the-type-checker"])
def test_no_import_circle(type_checking: bool) -> None:
    graph = kiosk_graph(type_checking=type_checking)
    found = tangles(graph)
    assert not found, f"import circles: {describe(graph, found)}"


def test_a_planted_circle_is_found_and_named() -> None:
    graph = kiosk_graph(type_checking=False)
    # cups.py reads its answers into faults.py's PrinterStatus; the way back closes a circle.
    graph.add_import(importer="kiosk.printing.faults", imported="kiosk.printing.cups")
    planted = frozenset({"kiosk.printing.cups", "kiosk.printing.faults"})
    assert planted in tangles(graph)
    assert describe(graph, [planted]) == (
        "kiosk.printing.cups -> kiosk.printing.faults -> kiosk.printing.cups "
        "(tangle of kiosk.printing.cups, kiosk.printing.faults)"
    )
