"""The apps depend one way, like floors of a house, and no module imports its way back.

Every import counts, the ones inside functions too: an import deferred to dodge a
cycle is still a cycle for whoever reads the code.
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("workbench", "ops", "sources", "claims", "tracking", "reports", "desk", "api")
# Each app, and the apps it may import. `workbench` wires them all together.
FLOORS = {
    "ops": set(),
    "sources": {"ops"},
    "claims": {"ops", "sources"},
    "tracking": {"ops", "sources", "claims"},
    "reports": {"ops", "sources", "claims", "tracking"},
    "api": {"ops", "sources", "claims", "tracking", "reports"},
    "desk": {"ops", "sources", "claims", "tracking", "reports"},
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[_module_name(path)] = path
    return found


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The project modules `name` imports, resolved to the modules that exist."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            targets.add(base)
            # `from claims import views` imports the module claims.views.
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    resolved = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            resolved.add(target)
    return resolved


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_each_app_imports_only_the_floors_below_it():
    wrong = defaultdict(list)
    for module, targets in _graph().items():
        app = module.split(".")[0]
        if app not in FLOORS:
            continue
        for target in targets:
            other = target.split(".")[0]
            if other != app and other not in FLOORS[app]:
                wrong[module].append(target)
    assert not wrong, f"imports that go up a floor: {dict(wrong)}"


def test_no_import_cycle_between_modules():
    graph = {
        # A package importing its own submodules is how packages re-export; the
        # submodules importing the package's own definitions back is the cycle.
        module: {t for t in targets if not (t.startswith(module + "."))}
        for module, targets in _graph().items()
    }
    assert _cycles(graph) == []
