"""Compile the matcher's hot modules to C with mypyc: about 1.5x the articles per second of pure Python.

``make`` runs this after installing (``make compile``); ``--remove`` deletes the compiled modules. The C
extensions land beside their sources (``tracker/windows.cpython-311-x86_64-linux-gnu.so``) and Python imports
them in preference to the ``.py`` files; ``tracker/__init__.py`` refuses to run compiled modules older than
their sources. The results are the same either way: without a C compiler or mypyc this says so and leaves
pure Python, only slower. The build's intermediate files and mypy's cache stay in ``build/compiled``: a rebuild
with nothing changed takes a second; any change compiles the one shared library again (about a minute).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _compiled_module() -> ModuleType:
    # loaded by path: importing the package would refuse to start while a compiled module is out of date
    spec = importlib.util.spec_from_file_location("_compiled", ROOT / "tracker" / "compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compiled = _compiled_module()

BUILD = ROOT / "build" / "compiled"


def remove() -> int:
    removed = 0
    for path in compiled.compiled_files(ROOT / "tracker"):
        path.unlink()
        removed += 1
    return removed


def compile_modules() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    # setuptools reads a pyproject.toml in the working directory as the project's own: build in a directory of
    # our own, which sees the package through a link, so that the extensions still land beside the sources
    BUILD.mkdir(parents=True, exist_ok=True)
    link = BUILD / "tracker"
    if not link.is_symlink():
        link.symlink_to(ROOT / "tracker", target_is_directory=True)
    os.chdir(BUILD)
    sources = [f"tracker/{name}.py" for name in compiled.COMPILED_MODULES]
    setup(
        name="ssbtrack-compiled",
        ext_modules=mypycify(
            ["--ignore-missing-imports", *sources], separate=[(sources, f"tracker.{compiled.SHARED_LIBRARY}")]
        ),
        script_args=["--quiet", "build_ext", "--inplace", "--parallel", str(os.cpu_count() or 1)],
    )
    # setuptools keeps the time a module was first built (an unchanged one is not built again): these modules
    # are now as new as their sources
    for path in compiled.compiled_files(ROOT / "tracker"):
        os.utime(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--remove", action="store_true", help="delete the compiled modules: pure Python again")
    args = parser.parse_args()
    removed = remove()
    if args.remove:
        print(f"removed {removed} compiled modules; the matcher runs as pure Python")
        return
    started = time.monotonic()
    try:
        compile_modules()
    except (SystemExit, Exception) as exc:  # no mypyc, no C compiler, a failed build (setuptools exits)
        remove()
        print(f"warning: the matcher was not compiled ({exc}); it runs as pure Python, about 1.5x slower")
        return
    print(f"compiled {len(compiled.COMPILED_MODULES)} matcher modules with mypyc in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
