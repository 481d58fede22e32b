"""No import circles between the kiosk's modules, found with grimp (import-linter's graph library).

A circle makes the import order matter and a module impossible to read, test or move alone. The
contracts in pyproject.toml (`lint-imports`) say who may import whom; this finds any circle at
all, in functions and under TYPE_CHECKING too, and names it as the chain of imports that closes it.
"""

from __future__ import annotations

from collections.abc import Iterable

import grimp
import pytest

# The window and the flows it hands itself to (issue 11): each flow takes the whole KioskWindow
# under TYPE_CHECKING, and the window imports the flows. Only imports for type checkers, so no
# circle when the kiosk runs; it goes when the flows take only what they use (the lead's part).
WINDOW_AND_FLOWS = frozenset(
    {
        "kiosk.ui.main_window",
        "kiosk.ui.flows.admin",
        "kiosk.ui.flows.keypad",
        "kiosk.ui.flows.listen",
        "kiosk.ui.flows.printing",
    }
)


class WindowAndFlowsCircle(AssertionError):
    """The known circle above, and nothing else (any other circle fails as usual)."""


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


def test_no_import_circle_when_the_kiosk_runs() -> None:
    graph = kiosk_graph(type_checking=False)
    found = tangles(graph)
    assert not found, f"import circles: {describe(graph, found)}"


@pytest.mark.xfail(
    strict=True,
    raises=WindowAndFlowsCircle,
    reason="kiosk.ui.main_window <-> kiosk.ui.flows.{admin,keypad,listen,printing} through the flows' "
    "TYPE_CHECKING imports of KioskWindow: goes with issue 11's narrow flows; then remove this mark",
)
def test_no_import_circle_even_for_the_type_checker() -> None:
    graph = kiosk_graph(type_checking=True)
    found = tangles(graph)
    others = [t for t in found if not t <= WINDOW_AND_FLOWS]
    assert not others, f"import circles: {describe(graph, others)}"
    if found:
        raise WindowAndFlowsCircle(describe(graph, found))


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
