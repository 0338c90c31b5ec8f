"""A resolver that answers only for loopback: fuzzed inputs may name any host, and this
machine's DNS server is a private address that tests must never send a packet to. Installed
in the fuzz tests' process (conftest.py) and in their child processes (test_end_to_end.py).
To the checker it looks like an offline resolver: every other name fails to resolve."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

_real_getaddrinfo = socket.getaddrinfo


def loopback_getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
    name = host.decode() if isinstance(host, bytes) else host
    if name in ("localhost", "localhost."):
        name = "127.0.0.1"
    try:
        address = ipaddress.ip_address((name or "").strip("[]"))
    except ValueError:
        raise socket.gaierror(socket.EAI_NONAME, "fuzz: no name lookups") from None
    if not address.is_loopback:
        raise socket.gaierror(socket.EAI_NONAME, "fuzz: loopback only")
    return _real_getaddrinfo(str(address), port, *args, **kwargs)


def install() -> None:
    socket.getaddrinfo = loopback_getaddrinfo


def uninstall() -> None:
    socket.getaddrinfo = _real_getaddrinfo


# `python -c CHILD_MAIN ARGS...` runs `python -m checker ARGS...` behind this resolver.
CHILD_MAIN = ("import runpy, sys; from tests.fuzz.loopback_only import install; install(); "
              "sys.argv[0] = 'clinic-checker'; runpy.run_module('checker', run_name='__main__')")
