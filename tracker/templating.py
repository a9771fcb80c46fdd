"""The one Jinja environment of ssbtrack: templates/ shipped as package data, strict undefined,
autoescape on for HTML and off for the .txt twins (which are never served as HTML)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

import templates

TEMPLATE_DIR = Path(templates.__file__).parent


@cache
def template_environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "htm", "xml"), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **context: object) -> str:
    return template_environment().get_template(name).render(**context)
