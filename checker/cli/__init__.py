"""The command line: parse, call the library, print. Nothing outside this package imports click."""
from checker.cli.main import main

__all__ = ["main"]
