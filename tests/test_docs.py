"""The manuals cannot go stale: every shell command in the fenced code blocks of README.md and
docs/**/*.md is run here (when it is quick and safe offline), or is run by a test or by .ci/run,
or is in a short allow-list of commands that only make sense on a real kiosk, each with its
reason. Every `main.py` command, fenced or inline, parses with the kiosk's own parser; every
relative link between the docs resolves; every path in the README's "Where to change what"
table exists. The checks are functions of the documents, so the negative tests below can feed
them a made-up page."""

from __future__ import annotations

import argparse
import ast
import contextlib
import functools
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk import PROJECT_ROOT
from kiosk.cli import _parser

DOCS = [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").rglob("*.md"))]
CI = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")

# Programs whose lines in a code block are commands (output and YAML lines are not).
PROGRAMS = {
    "bash", "sh", "python", "python3", "minisign", "sha256sum", "systemctl", "journalctl",
    "systemd-analyze", "lpadmin", "lpinfo", "apt-get", "ansible-playbook", "ansible-vault",
    "ansible-lint", "rsync", "runuser", "cd", "echo", "printf", "rm",
}  # fmt: skip
# Shell plumbing around a real command (feeding it stdin, moving to its folder, cleaning up).
PLUMBING = {"cd", "echo", "printf", "rm"}
# Commands that only make sense on a real kiosk or against real machines: why each is not run.
ON_A_REAL_KIOSK = {
    "systemctl": "starts, stops or edits the kiosk's own units: needs a booted kiosk with them installed",
    "journalctl": "reads a booted kiosk's journal",
    "lpadmin": "adds a real printer's queue; deploy/cups-test-queue.sh (.ci/run) adds the test queues",
    "apt-get": "installs a Debian package on the kiosk as root, over the network",
    "ansible-playbook -i": "runs against real kiosks over SSH; .ci/run lints and syntax-checks the role",
    "ansible-vault": "encrypts with the City's vault password, asked interactively",
    "rsync": "publishes to a kiosk over SSH",
}
# `main.py` commands run here: quick, offline, and given a config whose folders are temporary
# where the command writes.
# Each with the options a run here may take.
RUN_HERE: dict[tuple[str, ...], set[str]] = {
    ("--help",): set(), ("validate",): set(), ("config",): {"--example"}, ("i18n", "status"): set(),
    ("doctor",): set(), ("i18n", "extract"): set(), ("i18n", "init"): set(),
}  # fmt: skip
# Documentation placeholders, and what a run here puts in their place.
PLACEHOLDERS = {"xx": "vi", "LANG": "vi", "CODE": "vi"}


@dataclass(frozen=True)
class Command:
    where: str  # file:line
    argv: tuple[str, ...]
    fenced: bool = True

    @property
    def text(self) -> str:
        return shlex.join(self.argv)


# ----------------------------------------------------------------------------- collecting


def _fenced(path: Path) -> Iterator[tuple[int, str, str]]:
    """(line number, line, the fence's language) of every line inside a fenced code block."""
    lang: str | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fence = re.match(r"\s*```(\S*)", line)
        if fence:
            lang = fence.group(1) if lang is None else None
        elif lang is not None:
            yield number, line, lang


def _segments(line: str) -> list[list[str]]:
    """A shell line cut at &&, ||, | and ;, without comments, redirections or placeholders."""
    line = re.sub(r"<[A-Za-z][^<>]*>", "PLACEHOLDER", line)  # `-m <driver from ...>`
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    segments: list[list[str]] = [[]]
    redirect = False
    for token in lexer:
        if token in ("&&", "||", "|", ";"):
            segments.append([])
        elif token in (">", "<", ">>"):
            redirect = True
        elif redirect:
            redirect = False
        else:
            segments[-1].append(token)
    return [s for s in segments if s]


def commands(paths: list[Path]) -> tuple[list[Command], list[str]]:
    """Every command in the code blocks of `paths`, and the problems found collecting them."""
    found: list[Command] = []
    problems: list[str] = []
    for path in paths:
        name = path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path.name
        for number, line, lang in _fenced(path):
            if lang not in ("", "sh", "bash", "shell") or not line.strip() or line.lstrip().startswith("#"):
                continue
            where = f"{name}:{number}"
            first = Path(line.split()[0]).name
            if not lang and not (first in PROGRAMS or first.startswith("python")):
                continue  # an example of output in a plain block
            try:
                segments = _segments(line)
            except ValueError as err:
                problems.append(f"{where}: cannot read as a shell line ({err}): {line.strip()}")
                continue
            for argv in segments:
                program = Path(argv[0]).name
                if program in PROGRAMS or program.startswith("python") or _main_args(argv) is not None:
                    found.append(Command(where, tuple(argv)))
                elif lang in ("sh", "bash", "shell"):
                    problems.append(f"{where}: `{shlex.join(argv)}`: an unknown program in a shell block")
        for number, span in _inline_main(path):
            try:
                found.append(Command(f"{name}:{number}", tuple(shlex.split(span)), fenced=False))
            except ValueError:
                continue
    return found, problems


def _inline_main(path: Path) -> Iterator[tuple[int, str]]:
    """Inline `main.py ...` spans outside code blocks, unless written as a synopsis ([--x], a / b)."""
    inside = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.match(r"\s*```", line):
            inside = not inside
            continue
        if inside:
            continue
        for span in re.findall(r"`([^`]*\bmain\.py\b[^`]*)`", line):
            if not re.search(r"[\[\]]| / |\.\.\.|…|\\", span):
                yield number, span


# ----------------------------------------------------------------------------- main.py


def _main_args(argv: list[str] | tuple[str, ...]) -> list[str] | None:
    """What follows main.py (or .venv/bin/kiosk), or None for any other command."""
    for i, token in enumerate(argv):
        if token.endswith("main.py") or token.endswith(".venv/bin/kiosk"):
            return list(argv[i + 1 :])
    return None


@functools.cache
def _tree() -> argparse.ArgumentParser:
    return _parser()[0]


def _children(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def command_path(args: list[str]) -> tuple[str, ...]:
    """The subcommands named, e.g. ("i18n", "packet"); ("run",) when none; ("--help",) for help."""
    if args and args[0] in ("-h", "--help"):
        return ("--help",)
    path: list[str] = []
    parser = _tree()
    skip = False
    for token in args:
        if skip:
            skip = False
        elif token == "--config":
            skip = True
        elif token in _children(parser):
            path.append(token)
            parser = _children(parser)[token]
        elif not token.startswith("-"):
            break
    return tuple(path) or ("run",)


def parse_problem(args: list[str]) -> str | None:
    """None if the kiosk's parser takes these arguments, else what it said."""
    argv = list(args)
    if not any(a in _children(_tree()) for a in argv) and "--help" not in argv and "-h" not in argv:
        argv.insert(0, "run")  # as kiosk.cli.main does
    parser = _tree()
    original_error = argparse.ArgumentParser.error
    said: list[str] = []

    def error(self: argparse.ArgumentParser, message: str) -> None:  # type: ignore[misc]
        said.append(message)
        raise SystemExit(2)

    argparse.ArgumentParser.error = error  # type: ignore[method-assign]
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            parser.parse_args(argv)
    except SystemExit as done:
        if done.code not in (0, None):
            return said[0] if said else f"exit {done.code}"
    finally:
        argparse.ArgumentParser.error = original_error  # type: ignore[method-assign]
    return None


@functools.cache
def _test_lists() -> tuple[tuple[str, tuple[str | None, ...]], ...]:
    """Every list or tuple literal in tests/ that holds strings, as (file, its string elements)."""
    found = []
    for path in sorted((PROJECT_ROOT / "tests").rglob("*.py")):
        if path.name == "test_docs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.List | ast.Tuple):
                items = tuple(
                    e.value if isinstance(e, ast.Constant) and isinstance(e.value, str) else None
                    for e in node.elts
                )
                if any(items):
                    found.append((str(path.relative_to(PROJECT_ROOT)), items))
    return tuple(found)


def _options(args: list[str]) -> set[str]:
    return {a.split("=")[0] for a in args if a.startswith("--") and a not in ("--config", "--help")}


def _main_run_by_a_test(path: tuple[str, ...], options: set[str]) -> str | None:
    """A test that calls main.py with this subcommand path and these options: its file."""
    want = path if path != ("run",) else ()
    for name, items in _test_lists():
        strings = [i for i in items if i is not None]
        if options - set(strings):
            continue
        if not want:
            if not any(s in _children(_tree()) for s in strings if s != "run") and strings:
                return name
            continue
        for i in range(len(items) - len(want) + 1):
            if items[i : i + len(want)] == want:
                return name
    return None


def _run_here(path: tuple[str, ...], args: list[str]) -> bool:
    return path in RUN_HERE and _options(args) <= RUN_HERE[path]


def _in_ci(args: list[str], path: tuple[str, ...]) -> bool:
    line = "main.py " + " ".join(args)
    return any(line.strip() in ci_line for ci_line in CI.splitlines()) or (
        not args[1:] and f"main.py {' '.join(path)}" in CI
    )


# ----------------------------------------------------------------------------- routes


@dataclass(frozen=True)
class Route:
    how: str  # "run", "test", "ci", "allowed", "plumbing"
    detail: str


def route(command: Command) -> Route | str:
    """How this command is kept honest, or the problem."""
    argv = list(command.argv)
    args = _main_args(argv)
    if args is not None:
        if problem := parse_problem(args):
            return f"`{command.text}` does not parse: {problem}"
        path = command_path(args)
        if not command.fenced:
            return Route("parsed", " ".join(path))
        if _run_here(path, args):
            return Route("run", " ".join(path))
        if test := _main_run_by_a_test(path, _options(args)):
            return Route("test", test)
        if _in_ci(args, path):
            return Route("ci", ".ci/run")
        return f"`{command.text}`: no test runs `main.py {' '.join(path)}` with {sorted(_options(args))}"
    program = Path(argv[0]).name
    if program.startswith("python") and argv[1:3] == ["-m", "pytest"]:
        return Route("ci", ".ci/run") if ".venv/bin/python -m pytest" in CI else "pytest is not in .ci/run"
    if program.startswith("python") and len(argv) > 1 and argv[1].startswith("bench/"):
        return Route("run", f"{argv[1]} --help")
    if program in ("bash", "sh") and len(argv) > 1:
        return _script_route(argv[1], argv[2:], command)
    if program in PLUMBING:
        return Route("plumbing", program)
    for prefix, reason in ON_A_REAL_KIOSK.items():
        if command.text == prefix or command.text.startswith(prefix + " "):
            return Route("allowed", reason)
    if test := _test_running_program(program, [a for a in argv[1:] if a.startswith("-")] + argv[1:2]):
        return Route("test", test)
    return f"`{command.text}`: nothing runs it (add a test, a .ci/run line or an allow-list entry)"


def _script_route(script: str, options: list[str], command: Command) -> Route | str:
    if not (PROJECT_ROOT / script).is_file():
        return f"`{command.text}`: {script} does not exist"
    flags = [o.split("=")[0] for o in options if o.startswith("-")]
    for line in CI.splitlines():
        # .ci/run runs the script with at least these options (setup.sh --dev does all setup.sh does)
        words = line.split()
        if words[:2] == ["bash", script] and set(options) <= set(words[2:]):
            return Route("ci", ".ci/run")
    if test := _test_running_program(Path(script).name, flags):
        return Route("test", test)
    return f"`{command.text}`: neither .ci/run nor a test runs {script} with {flags}"


def _test_running_program(program: str, flags: list[str]) -> str | None:
    """A test file (or test helper) that runs `program` with every one of `flags`."""
    for path in sorted((PROJECT_ROOT / "tests").rglob("*.py")):
        if path.name == "test_docs.py":
            continue
        text = path.read_text(encoding="utf-8")
        if f'"{program}"' not in text and f"'{program}'" not in text and f'/ "{program}"' not in text:
            continue
        if all(f'"{flag}"' in text or f'"{flag}=' in text for flag in flags):
            return str(path.relative_to(PROJECT_ROOT))
    return None


def check(paths: list[Path]) -> tuple[dict[str, list[Command]], list[str]]:
    """Commands by route, and every problem: the whole check, for any set of pages."""
    found, problems = commands(paths)
    by_route: dict[str, list[Command]] = {}
    for command in found:
        result = route(command)
        if isinstance(result, str):
            problems.append(f"{command.where}: {result}")
        else:
            by_route.setdefault(result.how, []).append(command)
    return by_route, problems


# ----------------------------------------------------------------------------- links, table


def _slug(heading: str) -> str:
    heading = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return heading.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    anchors = set()
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("```"):
            inside = not inside
        elif not inside and (m := re.match(r"#{1,6} (.+)", line)):
            slug = _slug(m.group(1))
            n = seen.get(slug, 0)
            seen[slug] = n + 1
            anchors.add(slug if n == 0 else f"{slug}-{n}")
    return anchors


def link_problems(paths: list[Path]) -> list[str]:
    problems = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"\]\(([^)\s]+)\)", text):
            target = m.group(1)
            if re.match(r"[a-z]+:", target):
                continue
            line = text.count("\n", 0, m.start()) + 1
            file, _, anchor = target.partition("#")
            goal = (path.parent / file).resolve() if file else path
            if not goal.exists():
                problems.append(f"{path.name}:{line}: {target}: no such file")
            elif anchor and goal.suffix == ".md" and anchor not in _anchors(goal):
                problems.append(f"{path.name}:{line}: {target}: no heading #{anchor} in {goal.name}")
    return problems


def change_table_paths(readme: Path) -> list[str]:
    """The paths the README's "Where to change what" table names."""
    text = readme.read_text(encoding="utf-8")
    section = text.split("## Where to change what", 1)[1].split("\n## ", 1)[0]
    rows = [r for r in section.splitlines() if r.startswith("| ") and not r.startswith("| to change")]
    paths = []
    for row in rows:
        cell = row.split("|")[2]
        paths += [s for s in re.findall(r"`([^`\s]+)`", cell) if "/" in s or "." in s]
    return paths


# ----------------------------------------------------------------------------- the tests


def test_every_documented_command_is_run_by_a_test_or_ci() -> None:
    by_route, problems = check(DOCS)
    assert problems == []
    assert by_route.get("run") and by_route.get("test") and by_route.get("ci") and by_route.get("allowed")


def test_a_made_up_command_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "made-up.md"
    page.write_text(
        "```sh\n"
        ".venv/bin/python main.py frobnicate --now\n"
        ".venv/bin/python main.py validate --frob\n"
        "bash deploy/no-such-script.sh\n"
        "frobctl restart westsac-kiosk\n"
        "```\n\nInline: `main.py i18n frobnicate`.\n",
        encoding="utf-8",
    )
    _, problems = check([page])
    said = "\n".join(sorted(problems))
    assert len(problems) == 5, said
    assert (
        "made-up.md:2: `.venv/bin/python main.py frobnicate --now` does not parse: "
        "unrecognized arguments: frobnicate --now" in said
    )  # as main.py reads it: `run frobnicate`; fmt: skip
    assert "made-up.md:3: `.venv/bin/python main.py validate --frob` does not parse: unrecognized " \
        "arguments: --frob" in said  # fmt: skip
    assert "made-up.md:4: `bash deploy/no-such-script.sh`: deploy/no-such-script.sh does not exist" in said
    assert "made-up.md:5: `frobctl restart westsac-kiosk`: an unknown program in a shell block" in said
    assert "made-up.md:8: `main.py i18n frobnicate` does not parse" in said


def test_a_command_nothing_runs_is_reported(tmp_path: Path) -> None:
    # `content sign` exists, and tests run it, but never with --frobnicate-key; minisign is run
    # by tests/helpers/minisign.py, but never with -Z.
    page = tmp_path / "unrun.md"
    page.write_text("```sh\nminisign -Z westsac.key\nsystemd-analyze plot\n```\n", encoding="utf-8")
    _, problems = check([page])
    assert [p.split(": ", 1)[1] for p in problems] == [
        "`minisign -Z westsac.key`: nothing runs it (add a test, a .ci/run line or an allow-list entry)",
        "`systemd-analyze plot`: nothing runs it (add a test, a .ci/run line or an allow-list entry)",
    ]


@pytest.fixture
def deployment(tmp_path: Path) -> Path:
    """A config whose folders are temporary copies: a command may write there, never in the repo."""
    folder = tmp_path
    shutil.copytree(PROJECT_ROOT / "translations", folder / "translations")
    config = folder / "kiosk.yaml"
    config.write_text(
        f"content_dir: {PROJECT_ROOT / 'content'}\n"
        f"translations_dir: {folder / 'translations'}\n"
        f"log_dir: {folder / 'logs'}\nstate_dir: {folder / 'state'}\n"
        f"admin_pin_file: {folder / 'admin-pin'}\n",
        encoding="utf-8",
    )
    return config


def _runs() -> list[tuple[str, ...]]:
    found, _ = commands(DOCS)
    runs: dict[tuple[str, ...], None] = {}
    for command in found:
        args = _main_args(command.argv)
        if args is not None and command.fenced and _run_here(command_path(args), args):
            runs[tuple(args)] = None
        elif Path(command.argv[0]).name.startswith("python") and command.argv[1:2] and \
                command.argv[1].startswith("bench/"):  # fmt: skip
            runs[command.argv[1:]] = None
    return list(runs)


@pytest.mark.parametrize("args", _runs(), ids=" ".join)
def test_a_documented_command_runs(args: tuple[str, ...], deployment: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KIOSK_CONFIG"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if args[0].startswith("bench/"):
        # Bench scripts take minutes and are never run in tests: their --help must list each option.
        done = subprocess.run([sys.executable, args[0], "--help"], cwd=PROJECT_ROOT, env=env,
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        assert done.returncode == 0, done.stderr
        for option in (a for a in args[1:] if a.startswith("--")):
            assert option in done.stdout, f"{args[0]} --help does not list {option}"
        return
    argv = [PLACEHOLDERS.get(a, a) for a in args]
    if command_path(list(args)) == ("i18n", "init"):
        shutil.rmtree(deployment.parent / "translations" / argv[-1])  # a language to start afresh
    if "--config" in argv:
        argv[argv.index("--config") + 1] = str(deployment)
    else:
        argv += ["--config", str(deployment)]
    done = subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), *argv], cwd=PROJECT_ROOT,
                          env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    # doctor exits 1 while anything needs fixing (no printer here): it ran, and said why.
    allowed = (0, 1) if command_path(list(args)) == ("doctor",) else (0,)
    assert done.returncode in allowed, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_every_link_between_the_docs_resolves() -> None:
    assert link_problems(DOCS) == []


def test_a_broken_link_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("# A page\n\n[b](b.md) [here](#a-page) [gone](#nowhere)\n", encoding="utf-8")
    assert link_problems([page]) == [
        "a.md:3: b.md: no such file",
        "a.md:3: #nowhere: no heading #nowhere in a.md",
    ]


def test_every_path_in_where_to_change_what_exists() -> None:
    paths = change_table_paths(PROJECT_ROOT / "README.md")
    assert len(paths) >= 20
    missing = [p for p in paths if not list(PROJECT_ROOT.glob(re.sub(r"<[^>]+>", "*", p)))]
    assert missing == []


def test_the_readme_is_a_front_door() -> None:
    assert len((PROJECT_ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= 200
